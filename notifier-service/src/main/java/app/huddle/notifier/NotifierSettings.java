package app.huddle.notifier;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How one notifier instance names its queue, whom it lets in, how often it re-checks
 * tokens and memberships, and how much a slow client may cost it.
 */
@ConfigurationProperties("huddle.notifier")
public record NotifierSettings(String instanceId, List<String> allowedOrigins,
		@DefaultValue("2s") Duration revalidateInterval, @DefaultValue("10s") Duration heartbeat,
		@DefaultValue("10000") int recentEnvelopeIds, @DefaultValue Queue queue, @DefaultValue Transport transport,
		@DefaultValue Presence presence, @DefaultValue OutboxTail outboxTail) {

	/**
	 * The instance's own queue: {@code huddle.notifier.<instance-id>}, so operators can
	 * tell instances apart.
	 */
	public String queueName() {
		return "huddle.notifier." + instanceId;
	}

	/**
	 * Limits of the durable per-instance queue: dropped after {@code expires} without a
	 * consumer, messages older than {@code messageTtl} or beyond {@code maxLength} are
	 * discarded (clients catch up from the activity log after a reconnect).
	 */
	public record Queue(@DefaultValue("10m") Duration expires, @DefaultValue("5m") Duration messageTtl,
			@DefaultValue("100000") int maxLength) {
	}

	/**
	 * While this instance's queue consumer is cut off from RabbitMQ, every
	 * {@code interval} it reads up to {@code batch} new rows of the activity log and the
	 * inbox from PostgreSQL, starting at the oldest one the broker has not confirmed
	 * within {@code lookback} of the cut; it moves past a row once it is {@code settle}
	 * old, when no transaction that took a lower id can still be open.
	 */
	public record OutboxTail(@DefaultValue("250ms") Duration interval, @DefaultValue("500") int batch,
			@DefaultValue("30s") Duration lookback, @DefaultValue("2s") Duration settle) {
	}

	/**
	 * Presence and typing (docs/realtime.md): this instance compares its sessions' teams
	 * every {@code scanInterval} and announces changes at once; every {@code heartbeat}
	 * it tells the other instances whom it holds, and they forget its users {@code ttl}
	 * after its last heartbeat. At most one typing signal per user and team per
	 * {@code typingInterval} is relayed.
	 */
	public record Presence(@DefaultValue("1s") Duration scanInterval, @DefaultValue("10s") Duration heartbeat,
			@DefaultValue("30s") Duration ttl, @DefaultValue("1s") Duration typingInterval) {
	}

	/**
	 * Bounds for slow or hostile WebSocket clients: a socket without a STOMP CONNECT
	 * after {@code timeToFirstMessage} is closed; beyond {@code maxSessions} open sockets
	 * the handshake is refused with 503; a user holds at most {@code maxSessionsPerUser}
	 * connected sessions on one instance.
	 */
	public record Transport(@DefaultValue("10s") Duration sendTimeLimit,
			@DefaultValue("512KB") DataSize sendBufferSizeLimit, @DefaultValue("64KB") DataSize messageSizeLimit,
			@DefaultValue("10s") Duration timeToFirstMessage, @DefaultValue("100") int subscriptionsPerConnection,
			@DefaultValue("15000") int maxSessions, @DefaultValue("20") int maxSessionsPerUser,
			@DefaultValue("10s") Duration retryAfter) {
	}

}
