package app.huddle.api.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Team events read for calendars, with our own SQL (the event feature owns the table).
 */
@Repository
class CalendarEvents {

	/** Enough for years of a busy member's teams; a feed is not an archive. */
	static final int FEED_LIMIT = 2000;

	private static final String SELECT = """
			SELECT e.id, t.name AS team_name, e.title, e.starts_at, e.ends_at, e.time_zone, e.location,
			       e.description, e.created_at, e.updated_at, e.cancelled_at
			FROM team_events e JOIN teams t ON t.id = e.team_id
			""";

	private final JdbcClient jdbc;

	CalendarEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CalendarEvent> find(long teamId, long eventId) {
		return jdbc.sql(SELECT + "WHERE e.team_id = ? AND e.id = ?")
			.params(teamId, eventId)
			.query(CalendarEvents::map)
			.optional();
	}

	/**
	 * The events of all the user's teams starting from {@code from} on, soonest first.
	 */
	List<CalendarEvent> ofMember(long userId, Instant from) {
		return jdbc.sql(SELECT + """
				JOIN team_members m ON m.team_id = e.team_id AND m.user_id = ?
				WHERE e.starts_at >= ? ORDER BY e.starts_at, e.id LIMIT ?""")
			.params(userId, Timestamp.from(from), FEED_LIMIT)
			.query(CalendarEvents::map)
			.list();
	}

	private static CalendarEvent map(ResultSet rs, int row) throws SQLException {
		return new CalendarEvent(rs.getLong("id"), rs.getString("team_name"), rs.getString("title"),
				instant(rs.getTimestamp("starts_at")), nullable(rs.getTimestamp("ends_at")), rs.getString("time_zone"),
				rs.getString("location"), rs.getString("description"), instant(rs.getTimestamp("created_at")),
				nullable(rs.getTimestamp("updated_at")), nullable(rs.getTimestamp("cancelled_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant nullable(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
