/**
 * Scenario 4: how many idle authenticated STOMP sessions one notifier holds, and what
 * each costs in heap.
 */
@NullMarked
package app.huddle.bench.idle;

import org.jspecify.annotations.NullMarked;
