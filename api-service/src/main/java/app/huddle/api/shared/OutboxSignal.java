package app.huddle.api.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wakes the outbox publishers when the current transaction commits (PostgreSQL delivers
 * NOTIFY on commit).
 */
@Component
public class OutboxSignal {

	public static final String CHANNEL = "huddle_outbox";

	private final JdbcClient jdbc;

	OutboxSignal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void onCommit() {
		jdbc.sql("SELECT pg_notify('" + CHANNEL + "', '')").query(Object.class).optional();
	}

}
