package app.huddle.api.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox publisher batches, waits and backs off, how old an unpublished row must
 * be before the sweep takes it from the replica that committed it, and how many
 * connections of its own it holds (one loop uses them, one at a time; the second is there
 * while a broken one is replaced). The back-off stops at a second: a retry against a
 * broker that is away is one refused connection, and each second more would be a second
 * more of delivery delay after it is back.
 */
@ConfigurationProperties("huddle.api.outbox")
record OutboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("50") int batchSize,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2s") Duration sweepAfter,
		@DefaultValue("5s") Duration confirmTimeout, @DefaultValue("1s") Duration maxBackoff,
		@DefaultValue("20000") int committedQueueCapacity, @DefaultValue("2") int connections) {
}
