package app.huddle.api.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import app.huddle.api.shared.Envelope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal calendar feeds, one per user, found by the hash of their secret. */
@Repository
class CalendarFeeds {

	private final JdbcClient jdbc;

	CalendarFeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new feed for the user, replacing (revoking) any earlier one. */
	Issued issue(long userId) {
		String secret = FeedSecrets.generate();
		Instant createdAt = Envelope.now();
		jdbc.sql(
				"""
						INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES (?, ?, ?)
						ON CONFLICT (user_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, created_at = EXCLUDED.created_at""")
			.params(userId, FeedSecrets.hash(secret), Timestamp.from(createdAt))
			.update();
		return new Issued(secret, createdAt);
	}

	Optional<Instant> createdAt(long userId) {
		return jdbc.sql("SELECT created_at FROM calendar_feeds WHERE user_id = ?")
			.param(userId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void revoke(long userId) {
		jdbc.sql("DELETE FROM calendar_feeds WHERE user_id = ?").param(userId).update();
	}

	/** The owner of the feed with this secret, if it is a live one. */
	Optional<Owner> ownerOf(String secret) {
		return jdbc.sql("""
				SELECT u.id, u.username FROM calendar_feeds f JOIN users u ON u.id = f.user_id
				WHERE f.secret_hash = ?""")
			.param(FeedSecrets.hash(secret))
			.query((rs, row) -> new Owner(rs.getLong("id"), rs.getString("username")))
			.optional();
	}

	/** A just-made feed: its secret, which is kept nowhere, and when it was made. */
	record Issued(String secret, Instant createdAt) {
	}

	record Owner(long userId, String username) {
	}

}
