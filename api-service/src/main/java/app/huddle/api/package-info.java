@NullMarked
package app.huddle.api;

import org.jspecify.annotations.NullMarked;
