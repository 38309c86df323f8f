package app.huddle.api.notification;

import java.util.List;

import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Reads and marks a user's inbox. */
@Repository
@RetryOnFailover
class Notifications {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Notifications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	List<Notification> list(long userId, @Nullable Long before, int limit) {
		return jdbc.sql("""
				SELECT id, type, team_id, occurred_at, (envelope->'data')::text AS data, read_at IS NOT NULL AS read
				FROM notifications WHERE user_id = ? AND id < ? ORDER BY id DESC LIMIT ?""")
			.params(userId, before == null ? Long.MAX_VALUE : before, limit)
			.query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("type"),
					rs.getObject("team_id", Long.class), rs.getTimestamp("occurred_at").toInstant(),
					json.readTree(rs.getString("data")), rs.getBoolean("read")))
			.list();
	}

	@Transactional(readOnly = true)
	long unreadCount(long userId) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
			.param(userId)
			.query(Long.class)
			.single();
	}

	@Transactional
	void markRead(long userId, long upTo) {
		jdbc.sql("UPDATE notifications SET read_at = now() WHERE user_id = ? AND id <= ? AND read_at IS NULL")
			.params(userId, upTo)
			.update();
	}

}
