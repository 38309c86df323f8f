package app.huddle.bench.chaos;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import app.huddle.bench.chaos.Requests.Outcome;

/**
 * The documented client behaviour (docs/api-notes.md, "Retrying"): six attempts in all,
 * after {@code Retry-After} when the answer has one (capped at 30 s), else after 0.5, 1,
 * 2, 4 and 8 s. What a person would see is the outcome of the last attempt.
 */
final class ClientRetry {

	private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
			Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));

	private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

	/** The last attempt's outcome and how many attempts it took. */
	record Result(Outcome outcome, int attempts) {
	}

	private ClientRetry() {
	}

	static Result call(Supplier<Outcome> exchange) {
		for (int attempt = 1;; attempt++) {
			Outcome outcome = exchange.get();
			if (attempt > BACKOFF.size() || !retryable(outcome)) {
				return new Result(outcome, attempt);
			}
			pause(outcome.retryAfter()
				.map(wait -> (wait.compareTo(MAX_RETRY_AFTER) > 0) ? MAX_RETRY_AFTER : wait)
				.orElse(BACKOFF.get(attempt - 1)));
		}
	}

	static boolean retryable(Outcome outcome) {
		int status = outcome.status();
		return status == 0 || status >= 500 || status == 429 || (status == 409 && outcome.retryAfter().isPresent());
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
