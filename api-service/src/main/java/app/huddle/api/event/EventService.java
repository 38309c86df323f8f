package app.huddle.api.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning team events; creating one notifies the whole team. */
@Service
@RetryOnFailover
class EventService {

	private final JdbcClient jdbc;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	EventService(JdbcClient jdbc, Memberships memberships, TeamActivityLog activity) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.activity = activity;
	}

	@Transactional
	TeamEvent create(CurrentUser me, long teamId, NewEvent event) {
		memberships.require(teamId, me.id());
		if (event.endsAt() != null && !event.endsAt().isAfter(event.startsAt())) {
			throw HuddleException.badRequest("endsAt must be after startsAt.");
		}
		return activity.append(teamId, seq -> {
			Instant createdAt = Envelope.now();
			long id = jdbc
				.sql("""
						INSERT INTO team_events (team_id, seq, title, starts_at, ends_at, location, description, created_by, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(teamId, seq, event.title().strip(), Timestamp.from(event.startsAt()),
						event.endsAt() == null ? null : Timestamp.from(event.endsAt()), event.location(),
						event.description(), me.id(), Timestamp.from(createdAt))
				.query(Long.class)
				.single();
			return new TeamEventCreated(new TeamEvent(id, teamId, seq, event.title().strip(), event.startsAt(),
					event.endsAt(), event.location(), event.description(), me.ref(), createdAt));
		}).event();
	}

	@Transactional(readOnly = true)
	List<TeamEvent> between(CurrentUser me, long teamId, Instant from, Instant to) {
		memberships.require(teamId, me.id());
		if (!to.isAfter(from)) {
			throw HuddleException.badRequest("'to' must be after 'from'.");
		}
		return jdbc.sql("""
				SELECT e.*, u.username, u.display_name FROM team_events e JOIN users u ON u.id = e.created_by
				WHERE e.team_id = ? AND e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id LIMIT 500""")
			.params(teamId, Timestamp.from(from), Timestamp.from(to))
			.query(EventService::map)
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
