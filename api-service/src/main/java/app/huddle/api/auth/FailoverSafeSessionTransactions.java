package app.huddle.api.auth;

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
 */
@RetryOnFailover
class FailoverSafeSessionTransactions implements TransactionOperations {

	private final TransactionTemplate transactions;

	FailoverSafeSessionTransactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		return transactions.execute(action);
	}

}
