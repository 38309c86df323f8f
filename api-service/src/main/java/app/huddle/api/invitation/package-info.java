@NullMarked
package app.huddle.api.invitation;

import org.jspecify.annotations.NullMarked;
