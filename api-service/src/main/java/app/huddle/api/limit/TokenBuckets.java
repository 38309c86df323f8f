package app.huddle.api.limit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

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

}
