package app.huddle.api.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds (event, member) pairs whose reminder is due and records the ones sent. Events and
 * answers are read here with our own SQL: the event feature owns those tables.
 */
@Repository
class DueReminders {

	private final JdbcClient jdbc;

	DueReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit} reminders due now and not yet sent for the event's current
	 * start: live events starting within their member's lead time, for current members
	 * who have not declined and have not chosen NONE. The longest lead time (a day)
	 * bounds the scan of team_events by its index.
	 */
	List<DueReminder> next(ReminderBefore defaultBefore, int limit) {
		return jdbc.sql("""
				SELECT e.id, e.team_id, e.title, e.starts_at, e.ends_at, e.time_zone, e.location, m.user_id, lead.before
				FROM team_events e
				JOIN team_members m ON m.team_id = e.team_id
				LEFT JOIN reminder_preferences p ON p.user_id = m.user_id
				JOIN (VALUES ('PT15M', interval '15 minutes'), ('PT1H', interval '1 hour'), ('P1D', interval '1 day'))
					AS lead (before, ahead) ON lead.before = coalesce(p.before, :defaultBefore)
				WHERE e.cancelled_at IS NULL
				  AND e.starts_at > now() AND e.starts_at <= now() + interval '1 day'
				  AND e.starts_at - lead.ahead <= now()
				  AND NOT EXISTS (SELECT 1 FROM event_rsvps r
				                  WHERE r.event_id = e.id AND r.user_id = m.user_id AND r.response = 'DECLINED')
				  AND NOT EXISTS (SELECT 1 FROM event_reminders s
				                  WHERE s.event_id = e.id AND s.user_id = m.user_id AND s.starts_at = e.starts_at)
				ORDER BY e.starts_at, e.id, m.user_id
				LIMIT :limit""")
			.param("defaultBefore", defaultBefore.name())
			.param("limit", limit)
			.query(DueReminders::map)
			.list();
	}

	/**
	 * Records the reminder for this start time; false when it had been recorded already,
	 * by this run or another (then it must not be delivered again).
	 */
	boolean record(DueReminder reminder) {
		return jdbc.sql("""
				INSERT INTO event_reminders (event_id, user_id, starts_at, sent_at) VALUES (?, ?, ?, now())
				ON CONFLICT DO NOTHING""")
			.params(reminder.event().id(), reminder.userId(), Timestamp.from(reminder.event().startsAt()))
			.update() == 1;
	}

	private static DueReminder map(ResultSet rs, int row) throws SQLException {
		Timestamp endsAt = rs.getTimestamp("ends_at");
		return DueReminder.of(rs.getLong("user_id"), rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
				rs.getTimestamp("starts_at").toInstant(), endsAt == null ? null : endsAt.toInstant(),
				rs.getString("time_zone"), rs.getString("location"), ReminderBefore.valueOf(rs.getString("before")));
	}

}
