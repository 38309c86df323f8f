/**
 * Scenario 2: POST → STOMP frame latency at fixed rates, beside RabbitMQ's own publish →
 * consume latency.
 */
@NullMarked
package app.huddle.bench.latency;

import org.jspecify.annotations.NullMarked;
