package app.huddle.api.limit;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Bucket4j buckets kept in a PostgreSQL table, shared by every api replica, keyed by
 * text. A bucket's row may go once the bucket is full again: keeping it changes nothing,
 * so {@code removeExpired} sweeps such rows.
 */
public final class TokenBuckets {

	private static final Logger log = LoggerFactory.getLogger(TokenBuckets.class);

	private static final int BATCH = 1000;

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
	 * Deletes the rows of buckets that are full again, in batches. A database that is
	 * busy or away only postpones it to the next run: one line in the log, no stack
	 * trace.
	 */
	public static int removeExpired(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, String table) {
		int removed = 0;
		try {
			int batch;
			do {
				batch = buckets.removeExpired(BATCH);
				removed += batch;
			}
			while (batch == BATCH);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			log.warn("Removing full buckets from {} postponed to the next run: {}", table, ex.getMessage());
		}
		return removed;
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
