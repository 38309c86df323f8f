@NullMarked
package app.huddle.api.calendar;

import org.jspecify.annotations.NullMarked;
