package app.huddle.api.auth;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import app.huddle.api.limit.TokenBuckets;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per address in Bucket4j buckets kept in
 * PostgreSQL, so that every api replica enforces one shared limit.
 */
@Component
class LoginThrottle {

	private static final String TABLE = "login_attempt_buckets";

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final LoginSettings settings;

	LoginThrottle(DataSource dataSource, LoginSettings settings) {
		this.buckets = TokenBuckets.inTable(dataSource, TABLE);
		this.settings = settings;
	}

	/** How long the caller must wait before trying again, or zero when it may try now. */
	Duration waitBeforeAttempt(String username, String address) {
		return bucketsFor(username, address).stream()
			.map(bucket -> Duration
				.ofNanos(TokenBuckets.reach(() -> bucket.estimateAbilityToConsume(1)).getNanosToWaitForRefill()))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	void recordFailure(String username, String address) {
		bucketsFor(username, address).forEach(bucket -> TokenBuckets.reach(() -> bucket.tryConsume(1)));
	}

	/**
	 * Deletes the rows of buckets that are full again, so addresses and names tried once
	 * do not pile up.
	 */
	@Scheduled(fixedDelayString = "${huddle.api.login.cleanup-interval:PT1M}")
	int removeExpired() {
		return TokenBuckets.removeExpired(buckets, TABLE);
	}

	private List<BucketProxy> bucketsFor(String username, String address) {
		return List.of(bucket("account:" + username, settings.failuresPerAccount()),
				bucket("address:" + address, settings.failuresPerAddress()));
	}

	private BucketProxy bucket(String key, int failures) {
		return buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit(limit -> limit.capacity(failures).refillGreedy(failures, settings.window()))
						.build());
	}

}
