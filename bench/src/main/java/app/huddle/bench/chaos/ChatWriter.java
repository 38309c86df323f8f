package app.huddle.bench.chaos;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A person posting to one team as docs/realtime.md says a client must: one post in
 * flight, each with its own {@code clientId}, kept for every retry.
 */
final class ChatWriter {

	private final Requests requests;

	private final RunClock clock;

	private final Journal journal;

	private final long teamId;

	private final String token;

	private final String runId;

	private final Duration pause;

	ChatWriter(Requests requests, RunClock clock, Journal journal, long teamId, String token, String runId,
			Duration pause) {
		this.requests = requests;
		this.clock = clock;
		this.journal = journal;
		this.teamId = teamId;
		this.token = token;
		this.runId = runId;
		this.pause = pause;
	}

	void run(BooleanSupplier running) throws InterruptedException {
		String path = "/api/teams/" + this.teamId + "/messages";
		for (int n = 1; running.getAsBoolean(); n++) {
			String clientId = "%s-%d-%d".formatted(this.runId, this.teamId, n);
			Map<String, String> body = Map.of("body", "chaos message " + n, "clientId", clientId);
			long sentAt = this.clock.now();
			ClientRetry.Result result = ClientRetry.call(() -> this.requests.send("POST", path, this.token, body));
			this.journal.answered(result);
			if (result.outcome().status() == 201) {
				this.journal.acknowledged(new Journal.Post(this.teamId, clientId, sentAt, this.clock.now(),
						result.outcome().body().path("seq").asLong()));
			}
			else {
				this.journal.userError(sentAt, "POST " + path, result.outcome().describe());
			}
			Thread.sleep(this.pause);
		}
	}

}
