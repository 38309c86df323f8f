/** Configuration both services share. */
@NullMarked
package app.huddle.config;

import org.jspecify.annotations.NullMarked;
