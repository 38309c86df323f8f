package app.huddle.api.auth;

import java.sql.Timestamp;

import app.huddle.api.shared.Audience;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.OutboxEntry;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Ends a session: deletes its Spring Session row and, in the same transaction, writes a
 * {@code session.ended} outbox row, so every notifier closes the session's sockets at
 * once rather than at its next revalidation. The row is only an outbox entry
 * ({@code session_endings}), never an inbox notification.
 */
@Service
@RetryOnFailover
class Logout {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final SessionRepository<?> sessions;

	Logout(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, SessionRepository<?> sessions) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.sessions = sessions;
	}

	@Transactional
	void end(String sessionId, long userId) {
		SessionEnded ended = new SessionEnded(sessionId);
		String type = ended.eventType().typeFor(Audience.USER);
		Envelope envelope = Envelope.of(type, null, null, ended);
		String body = json.writeValueAsString(envelope);
		long rowId = jdbc.sql("""
				INSERT INTO session_endings (envelope_id, user_id, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?::jsonb, ?) RETURNING id""")
			.params(envelope.id(), userId, type, body, Timestamp.from(envelope.occurredAt()))
			.query(Long.class)
			.single();
		sessions.deleteById(sessionId);
		events.publishEvent(new OutboxEntry(Audience.USER, rowId, userId, type, envelope.id().toString(), body));
	}

}
