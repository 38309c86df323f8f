package app.huddle.api.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the outbox publisher claims, waits and backs off. */
@ConfigurationProperties("huddle.api.outbox")
record OutboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("50") int batchSize,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("5s") Duration confirmTimeout,
		@DefaultValue("5s") Duration maxBackoff) {
}
