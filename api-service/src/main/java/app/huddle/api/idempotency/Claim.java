package app.huddle.api.idempotency;

import java.time.Duration;

/** What the first look at a key found, and so what the request does next. */
sealed interface Claim {

	/** The key is this attempt's: run the request and store its answer. */
	record Granted() implements Claim {
	}

	/** The key's request has run: answer as it did. */
	record Replay(StoredAnswer answer) implements Claim {
	}

	/**
	 * Another attempt with this key is running right now; in {@code retryAfter} at the
	 * latest its claim counts as abandoned.
	 */
	record InProgress(Duration retryAfter) implements Claim {
	}

	/** The key was first sent with another request (named like "POST /api/teams"). */
	record Mismatch(String firstRequest) implements Claim {
	}

}
