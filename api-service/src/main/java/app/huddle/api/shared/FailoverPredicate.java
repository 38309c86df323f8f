package app.huddle.api.shared;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.resilience.retry.MethodRetryPredicate;

/** Which failures a failover causes: lost or refused connections, and writes that reached a read-only node. */
public class FailoverPredicate implements MethodRetryPredicate {

	/** read_only_sql_transaction, admin_shutdown, crash_shutdown, cannot_connect_now. */
	private static final Set<String> FAILOVER_STATES = Set.of("25006", "57P01", "57P02", "57P03");

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || FAILOVER_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

}
