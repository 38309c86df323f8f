@NullMarked
package app.huddle.api.membership;

import org.jspecify.annotations.NullMarked;
