@NullMarked
package app.huddle.api.reminder;

import org.jspecify.annotations.NullMarked;
