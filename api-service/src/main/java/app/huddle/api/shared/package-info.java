@NullMarked
package app.huddle.api.shared;

import org.jspecify.annotations.NullMarked;
