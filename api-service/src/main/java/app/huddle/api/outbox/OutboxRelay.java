package app.huddle.api.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import app.huddle.api.shared.OutboxEntry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Publishes outbox rows with correlated confirms and marks only the confirmed ones
 * published; a nack, a timeout or a broker outage leaves rows unmarked for the sweep.
 * Rows reach it two ways: just committed, handed over in memory
 * ({@link #relayCommitted}), or found by the sweep ({@link #sweep}); both claim them with
 * SKIP LOCKED, so no two publishers hold the same row. A row is sent twice only when its
 * mark is lost (a crash between confirm and mark); consumers drop second copies by
 * envelope id. It runs on the publisher's own connections ({@link OutboxConnections}).
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final RabbitTemplate rabbit;

	private final OutboxSettings settings;

	private final ExchangeNames exchanges;

	OutboxRelay(OutboxDatabase database, RabbitTemplate rabbit, OutboxSettings settings, ExchangeNames exchanges) {
		this.jdbc = database.jdbc();
		this.transactions = database.transactions();
		this.rabbit = rabbit;
		this.settings = settings;
		this.exchanges = exchanges;
	}

	/**
	 * Publishes rows whose transaction just committed, as they were written. It claims
	 * them first (by id, SKIP LOCKED, unpublished only), so a row the sweep holds or has
	 * sent is not sent again.
	 */
	Round relayCommitted(List<OutboxEntry> entries) {
		return inTransaction(() -> publishAndMark(claim(entries)));
	}

	private List<OutboxEntry> claim(List<OutboxEntry> entries) {
		List<OutboxEntry> claimed = new ArrayList<>(entries.size());
		for (OutboxTable outbox : OutboxTable.values()) {
			Long[] ids = entries.stream()
				.filter(entry -> OutboxTable.of(entry) == outbox)
				.map(OutboxEntry::rowId)
				.toArray(Long[]::new);
			if (ids.length > 0) {
				Set<Long> free = new HashSet<>(jdbc
					.sql("SELECT id FROM " + outbox.table
							+ " WHERE id = ANY(?) AND published_at IS NULL FOR UPDATE SKIP LOCKED")
					.param(ids)
					.query(Long.class)
					.list());
				entries.stream()
					.filter(entry -> OutboxTable.of(entry) == outbox && free.contains(entry.rowId()))
					.forEach(claimed::add);
			}
		}
		return claimed;
	}

	/**
	 * Claims up to a batch of unpublished rows at least {@code minAge} old and publishes
	 * them.
	 */
	Round sweep(OutboxTable outbox, Duration minAge) {
		return inTransaction(() -> publishAndMark(unpublished(outbox, minAge)));
	}

	private List<OutboxEntry> unpublished(OutboxTable outbox, Duration minAge) {
		return jdbc
			.sql("SELECT id, envelope_id::text AS envelope_id, " + outbox.audienceColumn
					+ " AS audience, type, envelope::text AS envelope FROM " + outbox.table
					+ " WHERE published_at IS NULL AND occurred_at <= now() - ? * interval '1 millisecond'"
					+ " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
			.params(minAge.toMillis(), settings.batchSize())
			.query((rs, row) -> new OutboxEntry(outbox.audience, rs.getLong("id"), rs.getLong("audience"),
					rs.getString("type"), rs.getString("envelope_id"), rs.getString("envelope")))
			.list();
	}

	/** Claim, publish and mark commit together: a row stays claimed until its mark. */
	private Round inTransaction(Supplier<Round> round) {
		return Objects.requireNonNull(transactions.execute(status -> round.get()));
	}

	private Round publishAndMark(List<OutboxEntry> entries) {
		List<Sent> sent = new ArrayList<>(entries.size());
		boolean failed = false;
		try {
			rabbit.invoke(channel -> send(channel, entries, sent));
		}
		catch (AmqpException ex) {
			log.warn("Publishing to RabbitMQ failed; {} rows wait for the sweep: {}", entries.size() - sent.size(),
					ex.getMessage());
			failed = true;
		}
		List<Sent> confirmed = awaitConfirms(sent);
		mark(confirmed);
		return new Round(entries.size(), confirmed.size(), failed || confirmed.size() < sent.size());
	}

	/**
	 * Sends the batch, in order, on the one channel {@code invoke} holds: RabbitMQ keeps
	 * the order of one channel's messages only, and a channel waiting for confirms is not
	 * handed out again, so sent one by one the batch would spread over several channels
	 * and a team's envelopes could reach the queues out of seq order.
	 */
	private @Nullable Void send(RabbitOperations channel, List<OutboxEntry> entries, List<Sent> sent) {
		for (OutboxEntry entry : entries) {
			OutboxTable outbox = OutboxTable.of(entry);
			CorrelationData confirm = new CorrelationData(entry.envelopeId());
			channel.send(exchanges.of(entry.audience()), outbox.routingKey(entry.audienceId(), entry.type()),
					message(entry), confirm);
			sent.add(new Sent(outbox, entry.rowId(), confirm));
		}
		return null;
	}

	/**
	 * A lost mark only means the row is sent once more, so the mark does not wait for the
	 * synchronous standby or a WAL flush.
	 */
	private void mark(List<Sent> confirmed) {
		if (confirmed.isEmpty()) {
			return;
		}
		jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		for (OutboxTable outbox : OutboxTable.values()) {
			Long[] ids = confirmed.stream().filter(one -> one.outbox() == outbox).map(Sent::id).toArray(Long[]::new);
			if (ids.length > 0) {
				String mark = outbox.keepsPublished() ? "UPDATE " + outbox.table + " SET published_at = now()"
						: "DELETE FROM " + outbox.table;
				jdbc.sql(mark + " WHERE id = ANY(?)").param(ids).update();
			}
		}
	}

	private List<Sent> awaitConfirms(List<Sent> sent) {
		long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
		List<Sent> confirmed = new ArrayList<>(sent.size());
		for (Sent one : sent) {
			try {
				var confirm = one.confirm()
					.getFuture()
					.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (confirm.ack()) {
					confirmed.add(one);
				}
				else {
					log.warn("RabbitMQ refused outbox row {} of {}: {}", one.id(), one.outbox().table,
							confirm.reason());
				}
			}
			catch (TimeoutException | ExecutionException ex) {
				log.warn("No confirm for outbox row {} of {} in time; it will be sent again", one.id(),
						one.outbox().table);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return confirmed;
	}

	private static Message message(OutboxEntry entry) {
		return MessageBuilder.withBody(entry.json().getBytes(StandardCharsets.UTF_8))
			.setContentType("application/json")
			.setContentEncoding("utf-8")
			.setMessageId(entry.envelopeId())
			.setType(entry.type())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
	}

	private record Sent(OutboxTable outbox, long id, CorrelationData confirm) {
	}

	/**
	 * What one round did: rows taken, rows confirmed and marked, and whether anything
	 * went wrong.
	 */
	record Round(int taken, int published, boolean failed) {
	}

}
