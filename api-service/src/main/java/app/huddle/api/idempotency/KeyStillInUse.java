package app.huddle.api.idempotency;

import java.time.Duration;

import app.huddle.api.shared.HuddleException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * 409 with Retry-After: another attempt with the same key is running. Retry-After is when
 * its claim would count as abandoned, so one retry then gets its answer or takes it over.
 */
final class KeyStillInUse extends HuddleException {

	static final String DETAIL = "A request with this Idempotency-Key is still being processed; retry after the"
			+ " time in Retry-After.";

	KeyStillInUse(Duration retryAfter) {
		super(HttpStatus.CONFLICT, DETAIL, retryAfter(retryAfter));
	}

	private static HttpHeaders retryAfter(Duration wait) {
		HttpHeaders headers = new HttpHeaders();
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return headers;
	}

}
