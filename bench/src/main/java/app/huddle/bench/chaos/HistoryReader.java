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
			long sentAt = this.clock.now();
			ClientRetry.Result result = ClientRetry.call(() -> this.requests.send("GET", this.path, this.token, null));
			this.journal.answered(result);
			if (result.outcome().ok()) {
				this.journal.read(this.clock.now());
			}
			else {
				this.journal.userError(sentAt, "GET /api/teams/{id}/messages", result.outcome().describe());
			}
			Thread.sleep(this.pause);
		}
	}

}
