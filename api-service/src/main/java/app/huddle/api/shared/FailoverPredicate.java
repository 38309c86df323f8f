package app.huddle.api.shared;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures a failover causes: lost or refused connections, commits that could not
 * complete, and writes that reached a read-only node.
 */
public class FailoverPredicate implements MethodRetryPredicate {

	/** read_only_sql_transaction, admin_shutdown, crash_shutdown, cannot_connect_now. */
	private static final Set<String> FAILOVER_STATES = Set.of("25006", "57P01", "57P02", "57P03");

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return causedByFailover(failure);
	}

	static boolean causedByFailover(Throwable failure) {
		return Causes.any(failure, FailoverPredicate::isFailover);
	}

	private static boolean isFailover(Throwable cause) {
		return cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof TransientDataAccessResourceException
				|| cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
				|| (cause instanceof SQLException sql && sql.getSQLState() != null
						&& (sql.getSQLState().startsWith("08") || FAILOVER_STATES.contains(sql.getSQLState())))
				// A commit or rollback the connection could not complete: whether it
				// committed is unknown, and the whole transaction is run again (writes
				// are idempotent: a retried clientId finds the first message).
				|| cause instanceof TransactionSystemException;
	}

}
