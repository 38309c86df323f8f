package app.huddle.api.notification;

import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.OutboxSignal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Personal notifications: a row in the user's inbox, written in the change's transaction,
 * also the outbox entry.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class Inbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OutboxSignal signal;

	Inbox(JdbcClient jdbc, JsonMapper json, OutboxSignal signal) {
		this.jdbc = jdbc;
		this.json = json;
		this.signal = signal;
	}

	public void deliver(long userId, @Nullable Long teamId, String type, Object data) {
		Envelope envelope = Envelope.of(type, teamId, null, data);
		jdbc.sql("""
				INSERT INTO notifications (envelope_id, user_id, team_id, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
			.params(envelope.id(), userId, teamId, type, json.writeValueAsString(envelope),
					java.sql.Timestamp.from(envelope.occurredAt()))
			.update();
		signal.onCommit();
	}

}
