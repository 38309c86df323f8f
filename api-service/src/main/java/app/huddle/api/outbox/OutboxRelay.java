package app.huddle.api.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One round of the outbox: claims a batch of unpublished rows (SKIP LOCKED, so two
 * replicas never hold the same row), publishes each with a correlated confirm, and marks
 * only the confirmed ones published in the same transaction. A nack, a timeout or a
 * broker outage leaves rows for a later round.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final RabbitTemplate rabbit;

	private final OutboxSettings settings;

	OutboxRelay(JdbcClient jdbc, RabbitTemplate rabbit, OutboxSettings settings) {
		this.jdbc = jdbc;
		this.rabbit = rabbit;
		this.settings = settings;
	}

	@Transactional
	Round relay(OutboxTable outbox) {
		List<Row> rows = jdbc
			.sql("SELECT id, envelope_id::text AS envelope_id, " + outbox.audienceColumn
					+ " AS audience, type, envelope::text AS envelope FROM " + outbox.table
					+ " WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
			.param(settings.batchSize())
			.query(Row.class)
			.list();
		List<Sent> sent = new ArrayList<>();
		boolean failed = false;
		for (Row row : rows) {
			CorrelationData confirm = new CorrelationData(row.envelopeId());
			try {
				rabbit.send(outbox.exchange, outbox.routingKey(row.audience(), row.type()), message(row), confirm);
				sent.add(new Sent(row.id(), confirm));
			}
			catch (AmqpException ex) {
				log.warn("Publishing to RabbitMQ failed; {} rows wait for the next round: {}",
						rows.size() - sent.size(), ex.getMessage());
				failed = true;
				break;
			}
		}
		List<Long> confirmed = awaitConfirms(sent);
		if (!confirmed.isEmpty()) {
			jdbc.sql("UPDATE " + outbox.table + " SET published_at = now() WHERE id = ANY(?)")
				.param(confirmed.toArray(Long[]::new))
				.update();
		}
		return new Round(rows.size(), confirmed.size(), failed || confirmed.size() < sent.size());
	}

	private List<Long> awaitConfirms(List<Sent> sent) {
		long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
		List<Long> confirmed = new ArrayList<>();
		for (Sent one : sent) {
			try {
				var confirm = one.confirm()
					.getFuture()
					.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (confirm.ack()) {
					confirmed.add(one.id());
				}
				else {
					log.warn("RabbitMQ refused outbox row {}: {}", one.id(), confirm.reason());
				}
			}
			catch (TimeoutException | ExecutionException ex) {
				log.warn("No confirm for outbox row {} in time; it will be sent again", one.id());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return confirmed;
	}

	private static Message message(Row row) {
		return MessageBuilder.withBody(row.envelope().getBytes(StandardCharsets.UTF_8))
			.setContentType("application/json")
			.setContentEncoding("utf-8")
			.setMessageId(row.envelopeId())
			.setType(row.type())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
	}

	record Row(long id, String envelopeId, long audience, String type, String envelope) {
	}

	private record Sent(long id, CorrelationData confirm) {
	}

	/**
	 * What one round did: rows claimed, rows confirmed and marked, and whether anything
	 * went wrong.
	 */
	record Round(int claimed, int published, boolean failed) {
	}

}
