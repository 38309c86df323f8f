package app.huddle.notifier.relay;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import app.huddle.notifier.NotifierSettings;

import com.rabbitmq.client.ShutdownSignalException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
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
 * from RabbitMQ (a broker restart takes 8–15 s on a busy machine). Every change is a row
 * of the activity log or the inbox before it is published (the api's outbox), so until
 * the consumer is back this reads those tables' new rows from PostgreSQL and relays them
 * as the queue would. The broker delivers the same envelopes once it is back;
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

	/**
	 * Whether the last read failed, so a database outage is logged once, not every poll.
	 */
	private boolean readFailing;

	OutboxTail(JdbcClient jdbc, EnvelopeRelay relay, @Qualifier("notifierScheduler") TaskScheduler scheduler,
			NotifierSettings settings, ConnectionFactory broker) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.scheduler = scheduler;
		this.settings = settings.outboxTail();
		this.queue = settings.queueName();
		broker.addConnectionListener(new ConnectionListener() {
			@Override
			public void onCreate(Connection connection) {
			}

			/** At once; the consumer itself notices only at its next receive timeout. */
			@Override
			public void onShutDown(ShutdownSignalException signal) {
				if (!signal.isInitiatedByApplication()) {
					cutOff();
				}
			}
		});
	}

	@EventListener
	void consumerFailed(ListenerContainerConsumerFailedEvent event) {
		if (event.getSource() instanceof AbstractMessageListenerContainer container
				&& EnvelopeRelay.ID.equals(container.getListenerId())) {
			cutOff();
		}
	}

	private synchronized void cutOff() {
		if (task == null) {
			teams.reset();
			users.reset();
			relayed = 0;
			readFailing = false;
			task = scheduler.scheduleWithFixedDelay(this::poll, settings.interval());
			log.warn("The relay queue's consumer is cut off from RabbitMQ; relaying the activity log's and "
					+ "the inbox's new envelopes from PostgreSQL until it is back");
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
			readFailing = false;
		}
		catch (DataAccessException ex) {
			if (!readFailing) {
				log.warn("Cannot read the activity log and the inbox now (trying every {}): {}", settings.interval(),
						ex.getMessage());
			}
			readFailing = true;
		}
	}

	/** Where the tail of one outbox table stands. */
	private final class Cursor {

		private final String table;

		private final String audienceColumn;

		private final boolean team;

		private @Nullable Long afterId;

		Cursor(String table, String audienceColumn, boolean team) {
			this.table = table;
			this.audienceColumn = audienceColumn;
			this.team = team;
		}

		void reset() {
			this.afterId = null;
		}

		/**
		 * Relays the rows after the cursor in id order (a team's seq order), published or
		 * not: a row the broker took while this consumer was still away is in the queue,
		 * not yet here. Moves past the leading rows old enough to have no open
		 * transaction below them.
		 */
		int poll() {
			long after = afterId != null ? afterId : start();
			List<Row> rows = jdbc
				.sql("SELECT id, " + audienceColumn
						+ " AS audience, type, envelope::text AS envelope, occurred_at FROM " + table
						+ " WHERE id > ? ORDER BY id LIMIT ?")
				.params(after, settings.batch())
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
					after = row.id();
				}
			}
			afterId = after;
			return sent;
		}

		/**
		 * Just before the oldest row of the last {@code lookback} that the broker has not
		 * confirmed, or before the rows too young to be settled, whichever is earlier;
		 * rows this instance relayed from its queue before the cut are dropped as second
		 * copies.
		 */
		private long start() {
			Instant now = Instant.now();
			return jdbc
				.sql("SELECT coalesce(least((SELECT min(id) - 1 FROM " + table
						+ " WHERE published_at IS NULL AND occurred_at >= ?), (SELECT id FROM " + table
						+ " WHERE occurred_at < ? ORDER BY id DESC LIMIT 1)), 0)")
				.params(Timestamp.from(now.minus(settings.lookback())), Timestamp.from(now.minus(settings.settle())))
				.query(Long.class)
				.single();
		}

	}

	private record Row(long id, long audienceId, String type, String envelope, Instant occurredAt) {
	}

}
