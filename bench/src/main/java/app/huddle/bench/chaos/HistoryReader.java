package app.huddle.bench.chaos;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A member reading one team's newest page of history, again and again, under the
 * documented client rules: the read side of a fault, as {@link ChatWriter} is its write
 * side.
 */
final class HistoryReader {

	private final Requests requests;

	private final RunClock clock;

	private final Journal journal;

	private final String path;

	private final String token;

	private final Duration pause;

	HistoryReader(Requests requests, RunClock clock, Journal journal, long teamId, String token, Duration pause) {
		this.requests = requests;
		this.clock = clock;
		this.journal = journal;
		this.path = "/api/teams/" + teamId + "/messages?limit=20";
		this.token = token;
		this.pause = pause;
	}

	void run(BooleanSupplier running) throws InterruptedException {
		while (running.getAsBoolean()) {
			if (this.journal
				.call(this.clock.now(), "GET /api/teams/{id}/messages",
						() -> this.requests.send("GET", this.path, this.token, null))
				.ok()) {
				this.journal.read(this.clock.now());
			}
			Thread.sleep(this.pause);
		}
	}

}
