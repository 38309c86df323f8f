package app.huddle.api.auth;

import java.time.Duration;

/** Too many failed logins for an account or an address; try again after the wait. */
class TooManyLoginsException extends RuntimeException {

	private final Duration wait;

	TooManyLoginsException(Duration wait) {
		super("Too many failed logins; try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
		this.wait = wait;
	}

	long retryAfterSeconds() {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
