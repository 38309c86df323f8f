package app.huddle.api.notification;

import app.huddle.api.shared.Audience;
import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.OutboxEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Personal envelopes that carry the user's own state to their other tabs and devices (a
 * read marker moved) rather than news: relayed to {@code /user/queue/notifications} like
 * inbox envelopes, through the same outbox, but never kept as inbox entries. Their rows
 * ({@code personal_signals}) are deleted once RabbitMQ confirmed them.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PersonalSignals {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	PersonalSignals(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	public void send(long userId, long teamId, DomainEvent event) {
		String type = event.eventType().typeFor(Audience.USER);
		Envelope envelope = Envelope.of(type, teamId, null, event);
		String body = json.writeValueAsString(envelope);
		long rowId = jdbc.sql("""
				INSERT INTO personal_signals (envelope_id, user_id, team_id, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")
			.params(envelope.id(), userId, teamId, type, body, java.sql.Timestamp.from(envelope.occurredAt()))
			.query(Long.class)
			.single();
		events.publishEvent(new OutboxEntry(Audience.USER, rowId, userId, type, envelope.id().toString(), body));
	}

}
