@NullMarked
package app.huddle.api.user;

import org.jspecify.annotations.NullMarked;
