package app.huddle.api.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What RabbitMQ, STOMP subscribers and the catch-up call carry: one change, with its team
 * seq.
 */
public record Envelope(UUID id, String type, @Nullable Long teamId, @Nullable Long seq, Instant occurredAt,
		Object data) {

	public static Envelope of(String type, @Nullable Long teamId, @Nullable Long seq, Object data) {
		return new Envelope(UUID.randomUUID(), type, teamId, seq, now(), data);
	}

	/**
	 * The current instant at the database's precision, so an answer and its stored copy
	 * agree.
	 */
	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
