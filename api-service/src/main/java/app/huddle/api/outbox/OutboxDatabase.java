package app.huddle.api.outbox;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements and transactions on the outbox publisher's connections. */
record OutboxDatabase(JdbcClient jdbc, TransactionOperations transactions) {

	static OutboxDatabase on(DataSource connections) {
		return new OutboxDatabase(JdbcClient.create(connections),
				new TransactionTemplate(new JdbcTransactionManager(connections)));
	}

}
