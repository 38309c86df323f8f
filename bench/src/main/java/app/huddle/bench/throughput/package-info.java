/**
 * Scenario 1: sustained chat-post throughput, beside pgbench's single-row insert rate.
 */
@NullMarked
package app.huddle.bench.throughput;

import org.jspecify.annotations.NullMarked;
