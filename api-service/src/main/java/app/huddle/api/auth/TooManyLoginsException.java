package app.huddle.api.auth;

import java.time.Duration;

import app.huddle.api.shared.HuddleException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Too many failed logins for an account or an address: 429, with Retry-After saying how
 * long to wait.
 */
class TooManyLoginsException extends HuddleException {

	TooManyLoginsException(Duration wait) {
		super(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed logins; try again in " + Math.max(1, wait.toSeconds()) + " seconds.",
				retryAfter(wait));
	}

	private static HttpHeaders retryAfter(Duration wait) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
		return headers;
	}

}
