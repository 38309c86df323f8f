package app.huddle.api.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import app.huddle.api.shared.OutboxSignal;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the NOTIFY that committing transactions send, on one LISTENing connection, so
 * the publisher reacts within milliseconds; the timeout is the slow poll that covers a
 * lost connection.
 */
class OutboxWakeup implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxWakeup.class);

	private final DataSource dataSource;

	private @Nullable Connection connection;

	OutboxWakeup(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Returns when a notification arrives or the timeout passes, whichever is first. */
	void await(Duration timeout) throws InterruptedException {
		try {
			PGConnection listening = listening();
			listening.getNotifications((int) Math.max(1, timeout.toMillis()));
		}
		catch (SQLException ex) {
			log.debug("LISTEN connection lost; polling until it is back: {}", ex.getMessage());
			close();
			Thread.sleep(timeout);
		}
	}

	private PGConnection listening() throws SQLException {
		if (connection == null || connection.isClosed()) {
			Connection fresh = dataSource.getConnection();
			fresh.setAutoCommit(true);
			try (Statement statement = fresh.createStatement()) {
				statement.execute("LISTEN " + OutboxSignal.CHANNEL);
			}
			connection = fresh;
		}
		return connection.unwrap(PGConnection.class);
	}

	@Override
	public void close() {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ignored) {
				// the connection is being dropped anyway
			}
			connection = null;
		}
	}

}
