package app.huddle.api.shared;

import java.sql.SQLTransientConnectionException;

/**
 * A request that found none of the replica's database connections free within the
 * connection timeout, while HikariCP saw no failure to connect. During a failover that
 * happens too (connections hang on the old primary), so such a request is still retried;
 * once the retries are spent, it is the server that is busy, not the client who erred:
 * 503 with Retry-After, and the gateway asks the other replica.
 */
final class PoolExhaustion {

	private static final String HIKARI_TIMEOUT = " - Connection is not available, request timed out";

	private PoolExhaustion() {
	}

	static boolean causedBy(Throwable failure) {
		return Causes.any(failure, cause -> cause instanceof SQLTransientConnectionException timeout
				&& timeout.getCause() == null && String.valueOf(timeout.getMessage()).contains(HIKARI_TIMEOUT));
	}

}
