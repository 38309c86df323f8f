package app.huddle.api.activity;

import java.util.function.LongFunction;

import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.OutboxSignal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every team-visible change goes through here, inside the change's own transaction: it
 * takes the team's next seq (the team row lock serialises writers, so seqs have no gaps
 * or repeats) and writes the envelope that the outbox publisher later sends to RabbitMQ.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class TeamActivityLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OutboxSignal signal;

	TeamActivityLog(JdbcClient jdbc, JsonMapper json, OutboxSignal signal) {
		this.jdbc = jdbc;
		this.json = json;
		this.signal = signal;
	}

	/**
	 * Locks the team's sequence until the transaction ends, for changes that must look
	 * before they write.
	 */
	public void lock(long teamId) {
		jdbc.sql("SELECT id FROM teams WHERE id = ? FOR UPDATE").param(teamId).query(Long.class).single();
	}

	/**
	 * Takes the next seq, lets the caller write its row with it, and records the envelope
	 * carrying the result.
	 */
	public <T> T append(long teamId, String type, LongFunction<T> write) {
		long seq = jdbc.sql("UPDATE teams SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq")
			.param(teamId)
			.query(Long.class)
			.single();
		T data = write.apply(seq);
		Envelope envelope = Envelope.of(type, teamId, seq, data);
		jdbc.sql("""
				INSERT INTO team_activities (envelope_id, team_id, seq, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
			.params(envelope.id(), teamId, seq, type, json.writeValueAsString(envelope),
					java.sql.Timestamp.from(envelope.occurredAt()))
			.update();
		signal.onCommit();
		return data;
	}

}
