/**
 * Open-loop load: paced chat posts, and the frames they cause, timed from the intended
 * send time.
 */
@NullMarked
package app.huddle.bench.load;

import org.jspecify.annotations.NullMarked;
