package app.huddle.api.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Team events and their members' answers; an event is read with the answers of the team's
 * current members.
 */
@Repository
class TeamEvents {

	private static final String SELECT = """
			SELECT e.*, u.username, u.display_name FROM team_events e JOIN users u ON u.id = e.created_by
			""";

	private final JdbcClient jdbc;

	TeamEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new event's id. */
	long insert(long teamId, long seq, NewEvent event, long createdBy, Instant createdAt) {
		return jdbc
			.sql("""
					INSERT INTO team_events (team_id, seq, title, starts_at, ends_at, time_zone, location, description, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(teamId, seq, event.title(), at(event.startsAt()), at(event.endsAt()), event.timeZone(),
					event.location(), event.description(), createdBy, at(createdAt))
			.query(Long.class)
			.single();
	}

	/** The team's event, cancelled or not; 404 when the team has no such event. */
	PlannedEvent existing(long teamId, long eventId) {
		return withAnswers(jdbc.sql(SELECT + " WHERE e.team_id = ? AND e.id = ?")
			.params(teamId, eventId)
			.query(TeamEvents::map)
			.list()).stream()
			.findFirst()
			.orElseThrow(
					() -> HuddleException.notFound("Event " + eventId + " does not exist in team " + teamId + "."));
	}

	/**
	 * Events not cancelled and not yet over (their end, or start, not before now),
	 * soonest first.
	 */
	List<PlannedEvent> upcoming(long teamId, Instant now, int limit) {
		return withAnswers(jdbc.sql(SELECT + """
				WHERE e.team_id = ? AND e.cancelled_at IS NULL AND coalesce(e.ends_at, e.starts_at) >= ?
				ORDER BY e.starts_at, e.id LIMIT ?""").params(teamId, at(now), limit).query(TeamEvents::map).list());
	}

	/** Events not cancelled and over, the latest start first. */
	List<PlannedEvent> past(long teamId, Instant now, int limit) {
		return withAnswers(jdbc.sql(SELECT + """
				WHERE e.team_id = ? AND e.cancelled_at IS NULL AND coalesce(e.ends_at, e.starts_at) < ?
				ORDER BY e.starts_at DESC, e.id DESC LIMIT ?""")
			.params(teamId, at(now), limit)
			.query(TeamEvents::map)
			.list());
	}

	/** Events not cancelled starting in [from, to), in order. */
	List<PlannedEvent> between(long teamId, Instant from, Instant to, int limit) {
		return withAnswers(jdbc.sql(SELECT + """
				WHERE e.team_id = ? AND e.cancelled_at IS NULL AND e.starts_at >= ? AND e.starts_at < ?
				ORDER BY e.starts_at, e.id LIMIT ?""")
			.params(teamId, at(from), at(to), limit)
			.query(TeamEvents::map)
			.list());
	}

	void update(long eventId, NewEvent details, Instant updatedAt) {
		jdbc.sql(
				"""
						UPDATE team_events SET title = ?, starts_at = ?, ends_at = ?, time_zone = ?, location = ?, description = ?,
						updated_at = ? WHERE id = ?""")
			.params(details.title(), at(details.startsAt()), at(details.endsAt()), details.timeZone(),
					details.location(), details.description(), at(updatedAt), eventId)
			.update();
	}

	void cancel(long eventId, Instant cancelledAt) {
		jdbc.sql("UPDATE team_events SET cancelled_at = ? WHERE id = ?").params(at(cancelledAt), eventId).update();
	}

	/** Records the member's answer, replacing an earlier one. */
	void answer(long eventId, long userId, RsvpResponse response, Instant answeredAt) {
		jdbc.sql(
				"""
						INSERT INTO event_rsvps (event_id, user_id, response, answered_at) VALUES (?, ?, ?, ?)
						ON CONFLICT (event_id, user_id) DO UPDATE SET response = excluded.response, answered_at = excluded.answered_at""")
			.params(eventId, userId, response.name(), at(answeredAt))
			.update();
	}

	private List<PlannedEvent> withAnswers(List<PlannedEvent> events) {
		if (events.isEmpty()) {
			return events;
		}
		Map<Long, List<Rsvp>> answers = jdbc.sql("""
				SELECT r.event_id, r.user_id, u.username, u.display_name, r.response, r.answered_at
				FROM event_rsvps r
				JOIN team_events e ON e.id = r.event_id
				JOIN team_members m ON m.team_id = e.team_id AND m.user_id = r.user_id
				JOIN users u ON u.id = r.user_id
				WHERE r.event_id = ANY (?) ORDER BY r.answered_at, r.user_id""")
			.param(events.stream().map(PlannedEvent::id).toArray(Long[]::new))
			.query((rs, row) -> new Answer(rs.getLong("event_id"),
					new Rsvp(new UserRef(rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name")),
							RsvpResponse.valueOf(rs.getString("response")), instant(rs, "answered_at"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Answer::eventId,
					Collectors.mapping(Answer::rsvp, Collectors.toUnmodifiableList())));
		return events.stream().map(event -> event.answeredBy(answers.getOrDefault(event.id(), List.of()))).toList();
	}

	private static PlannedEvent map(ResultSet rs, int row) throws SQLException {
		return new PlannedEvent(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("seq"), rs.getString("title"),
				instant(rs, "starts_at"), nullableInstant(rs, "ends_at"), rs.getString("time_zone"),
				rs.getString("location"), rs.getString("description"),
				new UserRef(rs.getLong("created_by"), rs.getString("username"), rs.getString("display_name")),
				instant(rs, "created_at"), nullableInstant(rs, "updated_at"), nullableInstant(rs, "cancelled_at"),
				new RsvpCounts(0, 0, 0), List.of());
	}

	private record Answer(long eventId, Rsvp rsvp) {
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
