package app.huddle.api.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.Audience;
import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.OutboxEntry;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	TeamActivityLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
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
	public <T extends DomainEvent> T append(long teamId, LongFunction<T> write) {
		long seq = jdbc.sql("UPDATE teams SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq")
			.param(teamId)
			.query(Long.class)
			.single();
		T event = write.apply(seq);
		record(teamId, seq, event);
		return event;
	}

	/**
	 * The statement that takes a team's next seq for one of its members (parameters: the
	 * team, the member) and locks the sequence until the transaction ends: it returns
	 * {@code last_seq}, or no row for a non-member. A change that writes its own row can
	 * run it as a CTE of that row's insert, one round trip to the database for both.
	 */
	public static final String NEXT_SEQ_FOR_MEMBER = """
			UPDATE teams t SET last_seq = last_seq + 1
			WHERE t.id = ? AND EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = t.id AND m.user_id = ?)
			RETURNING last_seq""";

	/**
	 * Takes the team's next seq for one of its members ({@link #NEXT_SEQ_FOR_MEMBER}); a
	 * non-member gets the team's 404. The caller writes its row and then {@link #record
	 * records} the envelope, or rolls back.
	 */
	public long nextSeqFor(long teamId, long memberId) {
		return jdbc.sql(NEXT_SEQ_FOR_MEMBER)
			.params(teamId, memberId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> Memberships.teamNotFound(teamId));
	}

	/**
	 * Replaces the data of the team's envelopes of the given types that are about one
	 * resource ({@code data.id}), from the seq it was created with on, so that catch-up
	 * no longer holds what a deletion removed; the envelopes keep their ids, types and
	 * seqs.
	 */
	public void redact(long teamId, long fromSeq, Set<EventType> types, long dataId, DomainEvent replacement) {
		List<Object> params = new ArrayList<>();
		params.add(json.writeValueAsString(replacement));
		params.add(teamId);
		params.add(fromSeq);
		types.forEach(type -> params.add(type.typeFor(Audience.TEAM)));
		params.add(dataId);
		jdbc.sql(
				"UPDATE team_activities SET envelope = jsonb_set(envelope, '{data}', ?::jsonb) WHERE team_id = ? AND seq >= ? AND type IN ("
						+ String.join(", ", Collections.nCopies(types.size(), "?"))
						+ ") AND envelope #> '{data,id}' = to_jsonb(?::bigint)")
			.params(params)
			.update();
	}

	/** Records the envelope announcing a change that took the given seq. */
	public void record(long teamId, long seq, DomainEvent event) {
		String type = event.eventType().typeFor(Audience.TEAM);
		Envelope envelope = Envelope.of(type, teamId, seq, event);
		String body = json.writeValueAsString(envelope);
		long rowId = jdbc.sql("""
				INSERT INTO team_activities (envelope_id, team_id, seq, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")
			.params(envelope.id(), teamId, seq, type, body, java.sql.Timestamp.from(envelope.occurredAt()))
			.query(Long.class)
			.single();
		events.publishEvent(new OutboxEntry(Audience.TEAM, rowId, teamId, type, envelope.id().toString(), body));
	}

}
