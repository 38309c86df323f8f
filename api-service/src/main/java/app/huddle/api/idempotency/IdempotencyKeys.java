package app.huddle.api.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency_keys table. Each method is one short transaction of its own, apart from
 * the request's, and rides a failover: a retried attempt passes the same owner, so a
 * claim whose commit went unanswered is recognised as the attempt's own.
 */
@Repository
@RetryOnFailover
class IdempotencyKeys {

	/**
	 * A claim this old belongs to a request whose replica died: another may take it.
	 * Longer than any live request (a failover retry waits about 10 s), short enough for
	 * the client's retries to reach it.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);

	/** How long a key is remembered. */
	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the key for this attempt, or says why it may not run. */
	@Transactional
	Claim claim(String scope, String key, String request, byte[] fingerprint, UUID owner) {
		// A row seen by the insert may be deleted (its request failed) before it is read:
		// then the insert is tried again.
		for (int attempt = 0; attempt < 3; attempt++) {
			int inserted = jdbc.sql("""
					INSERT INTO idempotency_keys (scope, idempotency_key, request, fingerprint, owner)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(scope, key, request, fingerprint, owner)
				.update();
			if (inserted == 1) {
				return new Claim.Granted();
			}
			Optional<Row> found = lock(scope, key);
			if (found.isPresent()) {
				return claimOf(found.get(), scope, key, fingerprint, owner);
			}
		}
		return new Claim.InProgress(Duration.ofSeconds(1));
	}

	private Claim claimOf(Row row, String scope, String key, byte[] fingerprint, UUID owner) {
		if (!Arrays.equals(row.fingerprint(), fingerprint)) {
			return new Claim.Mismatch(row.request());
		}
		if (row.owner().equals(owner)) {
			return new Claim.Granted();
		}
		if (row.status() != null) {
			return new Claim.Replay(
					new StoredAnswer(row.status(), row.contentType(), row.body() == null ? new byte[0] : row.body()));
		}
		if (row.age().compareTo(ABANDONED_AFTER) >= 0) {
			jdbc.sql(
					"UPDATE idempotency_keys SET owner = ?, claimed_at = now() WHERE scope = ? AND idempotency_key = ?")
				.params(owner, scope, key)
				.update();
			return new Claim.Granted();
		}
		return new Claim.InProgress(ABANDONED_AFTER.minus(row.age()));
	}

	private Optional<Row> lock(String scope, String key) {
		return jdbc.sql("""
				SELECT request, fingerprint, owner, status, content_type, body,
				       (extract(epoch FROM now() - claimed_at) * 1000)::bigint AS age_millis
				FROM idempotency_keys WHERE scope = ? AND idempotency_key = ? FOR UPDATE""")
			.params(scope, key)
			.query(IdempotencyKeys::row)
			.optional();
	}

	/**
	 * Stores the answer of the attempt that holds the claim; false when another attempt
	 * took the claim over meanwhile.
	 */
	@Transactional
	boolean complete(String scope, String key, UUID owner, StoredAnswer answer) {
		return jdbc.sql("""
				UPDATE idempotency_keys SET status = ?, content_type = ?, body = ?
				WHERE scope = ? AND idempotency_key = ? AND owner = ?""")
			.params(answer.status(), answer.contentType(), answer.body(), scope, key, owner)
			.update() == 1;
	}

	/** Gives the claim up, so that the key may be sent again. */
	@Transactional
	void release(String scope, String key, UUID owner) {
		jdbc.sql(
				"DELETE FROM idempotency_keys WHERE scope = ? AND idempotency_key = ? AND owner = ? AND status IS NULL")
			.params(scope, key, owner)
			.update();
	}

	/** Forgets up to {@code limit} keys older than {@link #KEPT_FOR}; how many it did. */
	@Transactional
	int removeExpired(int limit) {
		return jdbc.sql("""
				DELETE FROM idempotency_keys WHERE (scope, idempotency_key) IN (
				    SELECT scope, idempotency_key FROM idempotency_keys
				    WHERE claimed_at < now() - CAST(? AS interval) LIMIT ?)""")
			.params(KEPT_FOR.toString(), limit)
			.update();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getString("request"), rs.getBytes("fingerprint"), rs.getObject("owner", UUID.class),
				rs.getObject("status", Integer.class), rs.getString("content_type"), rs.getBytes("body"),
				Duration.ofMillis(rs.getLong("age_millis")));
	}

	private record Row(String request, byte[] fingerprint, UUID owner, @Nullable Integer status,
			@Nullable String contentType, byte @Nullable [] body, Duration age) {
	}

}
