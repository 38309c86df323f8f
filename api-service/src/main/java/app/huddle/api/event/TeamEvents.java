package app.huddle.api.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import app.huddle.api.shared.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Team event rows, read with their creator. */
@Repository
class TeamEvents {

	private final JdbcClient jdbc;

	TeamEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new event's id; {@code title} is the event's title as stored. */
	long insert(long teamId, long seq, NewEvent event, long createdBy, Instant createdAt) {
		return jdbc
			.sql("""
					INSERT INTO team_events (team_id, seq, title, starts_at, ends_at, location, description, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(teamId, seq, event.title(), Timestamp.from(event.startsAt()),
					event.endsAt() == null ? null : Timestamp.from(event.endsAt()), event.location(),
					event.description(), createdBy, Timestamp.from(createdAt))
			.query(Long.class)
			.single();
	}

	/** The team's events starting in [from, to), in order, at most 500. */
	List<TeamEvent> between(long teamId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT e.*, u.username, u.display_name FROM team_events e JOIN users u ON u.id = e.created_by
				WHERE e.team_id = ? AND e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id LIMIT 500""")
			.params(teamId, Timestamp.from(from), Timestamp.from(to))
			.query(TeamEvents::map)
			.list();
	}

	private static TeamEvent map(ResultSet rs, int row) throws SQLException {
		Timestamp endsAt = rs.getTimestamp("ends_at");
		return new TeamEvent(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("seq"), rs.getString("title"),
				rs.getTimestamp("starts_at").toInstant(), endsAt == null ? null : endsAt.toInstant(),
				rs.getString("location"), rs.getString("description"),
				new UserRef(rs.getLong("created_by"), rs.getString("username"), rs.getString("display_name")),
				rs.getTimestamp("created_at").toInstant());
	}

}
