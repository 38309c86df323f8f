package app.huddle.api.limit;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Bucket4j buckets kept in a PostgreSQL table, shared by every api replica, keyed by
 * text. A bucket's row may go once the bucket is full again: keeping it changes nothing,
 * so {@code removeExpired} sweeps such rows.
 */
public final class TokenBuckets {

	private TokenBuckets() {
	}

	public static PostgreSQLSelectForUpdateBasedProxyManager<String> inTable(DataSource dataSource, String table) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(table)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * Runs one bucket operation. Bucket4j wraps the database's failure, and when the pool
	 * has already closed a broken connection it reports only the rollback's "Connection
	 * is closed", which says nothing of a failover; its statements are fixed, so a
	 * failure is the database being out of reach, and becomes the transient failure
	 * {@code @RetryOnFailover} waits out.
	 */
	public static <T> T reach(Supplier<T> operation) {
		try {
			return operation.get();
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			throw new TransientDataAccessResourceException("The token buckets' table is out of reach", ex);
		}
	}

}
