@NullMarked
package app.huddle.api.notification;

import org.jspecify.annotations.NullMarked;
