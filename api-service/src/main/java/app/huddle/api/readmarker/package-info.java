@NullMarked
package app.huddle.api.readmarker;

import org.jspecify.annotations.NullMarked;
