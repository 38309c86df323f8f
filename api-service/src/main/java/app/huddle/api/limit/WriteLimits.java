package app.huddle.api.limit;

import java.time.Duration;

import javax.sql.DataSource;

import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each user's write budget, in Bucket4j buckets kept in PostgreSQL so that both api
 * replicas count against one limit. The table is UNLOGGED: taking a token then commits
 * without a WAL flush or a wait for the synchronous standby, and a failover that forgets
 * the buckets only refills them. Call it before the write's own transaction: it uses a
 * connection of its own.
 */
@Component
public class WriteLimits {

	private static final String TABLE = "write_limit_buckets";

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final WriteLimitSettings settings;

	WriteLimits(DataSource dataSource, WriteLimitSettings settings) {
		this.buckets = TokenBuckets.inTable(dataSource, TABLE);
		this.settings = settings;
	}

	/** Takes one write of this kind from the user's budget, or answers 429. */
	@RetryOnFailover
	public void take(long userId, Write write) {
		WriteLimitSettings.Limit limit = settings.of(write);
		ConsumptionProbe probe = TokenBuckets
			.reach(() -> buckets.builder()
				.build(write.plural + ":" + userId, () -> BucketConfiguration.builder()
					.addLimit(bandwidth -> bandwidth.capacity(limit.count()).refillGreedy(limit.count(), limit.per()))
					.build())
				.tryConsumeAndReturnRemaining(1));
		if (!probe.isConsumed()) {
			Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
			throw HuddleException.tooManyRequests("You are making " + write.plural + " too fast ("
					+ limit.describe(write) + "); try again in " + HuddleException.seconds(wait) + " seconds.", wait);
		}
	}

	/** Deletes the rows of buckets that are full again. */
	@Scheduled(fixedDelayString = "${huddle.api.limits.cleanup-interval:PT1M}")
	void removeExpired() {
		TokenBuckets.removeExpired(buckets, TABLE);
	}

}
