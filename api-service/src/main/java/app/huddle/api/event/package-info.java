@NullMarked
package app.huddle.api.event;

import org.jspecify.annotations.NullMarked;
