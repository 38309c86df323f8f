/**
 * The chaos harness ({@code ./huddle chaos}): simulated users against a running stack
 * through its gateway, one SIGKILL at a time of each kind of node, and a checker of what
 * every client sent, was acknowledged and received.
 */
@NullMarked
package app.huddle.bench.chaos;

import org.jspecify.annotations.NullMarked;
