package app.huddle.api.auth;

import java.util.function.Supplier;

import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions Spring Session JDBC reads and saves sessions in. Sessions are touched
 * on every request, outside our services, so they get the same failover retry as the
 * services' transactions.
 * <p>
 * A session lookup, made on every authenticated request, is one {@code SELECT} (the
 * session joined with its attributes, one snapshot): it runs {@link #lookingUp without a
 * transaction} of its own, one round trip to the database instead of two (the
 * {@code SELECT}, then the {@code COMMIT}).
 */
@RetryOnFailover
class FailoverSafeSessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> LOOKING_UP = ThreadLocal.withInitial(() -> false);

	private final TransactionTemplate transactions;

	FailoverSafeSessionTransactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs a session lookup of Spring Session's repository, whose work then runs without
	 * a transaction: its query, and the {@code DELETE} of a session found expired.
	 */
	static <T> @Nullable T lookingUp(Supplier<@Nullable T> lookup) {
		LOOKING_UP.set(true);
		try {
			return lookup.get();
		}
		finally {
			LOOKING_UP.remove();
		}
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		return LOOKING_UP.get() ? TransactionOperations.withoutTransaction().execute(action)
				: transactions.execute(action);
	}

}
