package app.huddle.notifier.relay;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import app.huddle.notifier.NotifierSettings;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.ConsumeOkEvent;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Keeps envelopes flowing to this instance's members while its queue consumer is cut off
 * from RabbitMQ (a broker restart takes 8–15 s on a busy machine): the api's outbox holds
 * every change the broker has not confirmed, so until the consumer is back this reads the
 * unpublished rows of the activity log and the inbox from PostgreSQL and relays them as
 * the queue would. The broker delivers the same envelopes once it is back;
 * {@link EnvelopeRelay} drops them by id. Presence, typing, read markers and session
 * endings wait for the broker.
 */
@Component
class OutboxTail {

	private static final Logger log = LoggerFactory.getLogger(OutboxTail.class);

	private final JdbcClient jdbc;

	private final EnvelopeRelay relay;

	private final TaskScheduler scheduler;

	private final NotifierSettings.OutboxTail settings;

	private final String queue;

	private final Cursor teams = new Cursor("team_activities", "team_id", true);

	private final Cursor users = new Cursor("notifications", "user_id", false);

	private @Nullable ScheduledFuture<?> task;

	private int relayed;

	OutboxTail(JdbcClient jdbc, EnvelopeRelay relay, @Qualifier("notifierScheduler") TaskScheduler scheduler,
			NotifierSettings settings) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.scheduler = scheduler;
		this.settings = settings.outboxTail();
		this.queue = settings.queueName();
	}

	@EventListener
	synchronized void consumerFailed(ListenerContainerConsumerFailedEvent event) {
		if (task == null && event.getSource() instanceof AbstractMessageListenerContainer container
				&& EnvelopeRelay.ID.equals(container.getListenerId())) {
			Instant since = Instant.now().minus(settings.lookback());
			teams.reset(since);
			users.reset(since);
			relayed = 0;
			task = scheduler.scheduleWithFixedDelay(this::poll, settings.interval());
			log.warn("The relay queue's consumer is cut off from RabbitMQ; relaying the outbox's unpublished "
					+ "envelopes from PostgreSQL until it is back");
		}
	}

	@EventListener
	synchronized void consumerBack(ConsumeOkEvent event) {
		if (task != null && queue.equals(event.getQueue())) {
			task.cancel(false);
			task = null;
			log.info("The relay queue's consumer is back; envelopes relayed from PostgreSQL meanwhile: {}", relayed);
		}
	}

	private synchronized void poll() {
		if (task == null) {
			return;
		}
		try {
			relayed += teams.poll() + users.poll();
		}
		catch (DataAccessException ex) {
			log.warn("Cannot read the outbox now: {}", ex.getMessage());
		}
	}

	/** Where the tail of one outbox table stands. */
	private final class Cursor {

		private final String table;

		private final String audienceColumn;

		private final boolean team;

		private long afterId;

		private Instant since = Instant.EPOCH;

		Cursor(String table, String audienceColumn, boolean team) {
			this.table = table;
			this.audienceColumn = audienceColumn;
			this.team = team;
		}

		void reset(Instant since) {
			this.afterId = 0;
			this.since = since;
		}

		/**
		 * Relays the next unpublished rows in id order (a team's seq order); moves past
		 * the leading ones that are old enough to have no open transaction below them.
		 */
		int poll() {
			List<Row> rows = jdbc
				.sql("SELECT id, " + audienceColumn
						+ " AS audience, type, envelope::text AS envelope, occurred_at FROM " + table
						+ " WHERE published_at IS NULL AND id > ? AND occurred_at >= ? ORDER BY id LIMIT ?")
				.params(afterId, Timestamp.from(since), settings.batch())
				.query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("audience"), rs.getString("type"),
						rs.getString("envelope"), rs.getTimestamp("occurred_at").toInstant()))
				.list();
			Instant settled = Instant.now().minus(settings.settle());
			boolean leading = true;
			int sent = 0;
			for (Row row : rows) {
				byte[] body = row.envelope().getBytes(StandardCharsets.UTF_8);
				JsonNode envelope = EnvelopeRelay.parse(body);
				if (envelope != null && relay.relay(new Audience(team, row.audienceId(), row.type()), envelope, body)) {
					sent++;
				}
				leading = leading && row.occurredAt().isBefore(settled);
				if (leading) {
					afterId = row.id();
				}
			}
			return sent;
		}

	}

	private record Row(long id, long audienceId, String type, String envelope, Instant occurredAt) {
	}

}
