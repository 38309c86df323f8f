package app.huddle.api.idempotency;

import org.jspecify.annotations.Nullable;

/** The answer a key's request got, as it is replayed: status, Content-Type and body. */
record StoredAnswer(int status, @Nullable String contentType, byte[] body) {

	/**
	 * Whether the answer is the request's outcome. Server errors and "try again later"
	 * (429, or anything with Retry-After) are not: the client may send the key again.
	 */
	static boolean isOutcome(int status, @Nullable String retryAfter) {
		boolean success = status >= 200 && status < 300;
		boolean clientError = status >= 400 && status < 500 && status != 429;
		return (success || clientError) && retryAfter == null;
	}

}
