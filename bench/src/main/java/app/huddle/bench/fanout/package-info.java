/**
 * Scenario 3: fan-out to one large team, beside Spring's STOMP broker relay to RabbitMQ
 * under the same load.
 */
@NullMarked
package app.huddle.bench.fanout;

import org.jspecify.annotations.NullMarked;
