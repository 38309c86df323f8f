package app.huddle.api.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import app.huddle.api.shared.Audience;
import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.OutboxEntry;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	Inbox(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	public void deliver(long userId, @Nullable Long teamId, DomainEvent event) {
		String type = event.eventType().typeFor(Audience.USER);
		Envelope envelope = Envelope.of(type, teamId, null, event);
		String body = json.writeValueAsString(envelope);
		long rowId = jdbc.sql("""
				INSERT INTO notifications (envelope_id, user_id, team_id, type, envelope, occurred_at)
				VALUES (?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")
			.params(envelope.id(), userId, teamId, type, body, java.sql.Timestamp.from(envelope.occurredAt()))
			.query(Long.class)
			.single();
		events.publishEvent(new OutboxEntry(Audience.USER, rowId, userId, type, envelope.id().toString(), body));
	}

	/**
	 * Replaces the data of the given users' inbox entries of the given types about one
	 * resource (the id at {@code idPath} in their data), so that no inbox keeps what a
	 * deletion removed; the entries keep their ids, types and read flags.
	 */
	public void redact(Collection<Long> userIds, Set<EventType> types, List<String> idPath, long dataId,
			DomainEvent replacement) {
		if (userIds.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(json.writeValueAsString(replacement));
		params.add(userIds.toArray(Long[]::new));
		types.forEach(type -> params.add(type.typeFor(Audience.USER)));
		params.add(dataId);
		jdbc.sql(
				"UPDATE notifications SET envelope = jsonb_set(envelope, '{data}', ?::jsonb) WHERE user_id = ANY (?) AND type IN ("
						+ String.join(", ", Collections.nCopies(types.size(), "?")) + ") AND envelope #> '{data,"
						+ String.join(",", idPath) + "}' = to_jsonb(?::bigint)")
			.params(params)
			.update();
	}

}
