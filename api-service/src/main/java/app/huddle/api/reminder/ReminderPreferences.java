package app.huddle.api.reminder;

import app.huddle.api.shared.RetryOnFailover;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each member's choice of when to be reminded; the default where they made none. */
@Repository
@RetryOnFailover
class ReminderPreferences {

	private final JdbcClient jdbc;

	private final ReminderSettings settings;

	ReminderPreferences(JdbcClient jdbc, ReminderSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	ReminderBefore of(long userId) {
		return jdbc.sql("SELECT before FROM reminder_preferences WHERE user_id = ?")
			.param(userId)
			.query(ReminderBefore.class)
			.optional()
			.orElse(settings.defaultBefore());
	}

	@Transactional
	ReminderBefore choose(long userId, ReminderBefore before) {
		jdbc.sql("""
				INSERT INTO reminder_preferences (user_id, before) VALUES (?, ?)
				ON CONFLICT (user_id) DO UPDATE SET before = EXCLUDED.before""").params(userId, before.name()).update();
		return before;
	}

}
