package app.huddle.bench.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * People doing everything but chat, over and over: a newcomer registers, logs in, lists
 * teams, creates a team, invites a regular, who accepts; the newcomer plans an event; the
 * regular reads notifications, team list, history and activity. Each request follows
 * {@link ClientRetry}, every creating one with an {@code Idempotency-Key} of its own; one
 * whose last attempt fails is a user-visible error and ends that round.
 */
final class MixedWorkload {

	private static final String PASSWORD = "chaos-password-1";

	private final Requests requests;

	private final RunClock clock;

	private final Journal journal;

	private final String runId;

	private final String regularName;

	private final String regularToken;

	private final Duration pause;

	private long rounds;

	MixedWorkload(Clients clients, String runId, String regularName, String regularToken, Duration pause) {
		this.requests = clients.requests();
		this.clock = clients.clock();
		this.journal = clients.journal();
		this.runId = runId;
		this.regularName = regularName;
		this.regularToken = regularToken;
		this.pause = pause;
	}

	synchronized long rounds() {
		return this.rounds;
	}

	void run(BooleanSupplier running) throws InterruptedException {
		for (int n = 1; running.getAsBoolean(); n++) {
			round("%s-new-%d".formatted(this.runId, n));
			synchronized (this) {
				this.rounds++;
			}
			Thread.sleep(this.pause);
		}
	}

	private void round(String newcomer) {
		Map<String, String> credentials = Map.of("username", newcomer, "password", PASSWORD);
		if (create("POST", "/api/auth/register", null, credentials) == null) {
			return;
		}
		JsonNode login = call("POST", "/api/auth/login", null, credentials);
		if (login == null) {
			return;
		}
		String token = login.path("token").asString();
		String regular = this.regularToken;
		if (call("GET", "/api/teams", token, null) == null) {
			return;
		}
		JsonNode team = create("POST", "/api/teams", token, Map.of("name", "Team of " + newcomer));
		if (team == null) {
			return;
		}
		long teamId = team.path("id").asLong();
		JsonNode invitation = create("POST", "/api/teams/" + teamId + "/invitations", token,
				Map.of("username", this.regularName));
		if (invitation == null || create("POST", "/api/invitations/" + invitation.path("id").asLong() + "/accept",
				regular, Map.of()) == null) {
			return;
		}
		Instant startsAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
		if (create("POST", "/api/teams/" + teamId + "/events", token,
				Map.of("title", "Planning", "startsAt", startsAt.toString(), "location", "Room 1")) == null) {
			return;
		}
		for (String read : new String[] { "/api/notifications", "/api/teams",
				"/api/teams/" + teamId + "/messages?limit=50", "/api/teams/" + teamId + "/activity?after=0" }) {
			if (call("GET", read, regular, null) == null) {
				return;
			}
		}
	}

	/** The answer's body, or null when the person saw an error. */
	private @Nullable JsonNode call(String method, String path, @Nullable String token, @Nullable Object body) {
		return exchange(method, path, token, body, null);
	}

	private @Nullable JsonNode create(String method, String path, @Nullable String token, Object body) {
		return exchange(method, path, token, body, UUID.randomUUID().toString());
	}

	private @Nullable JsonNode exchange(String method, String path, @Nullable String token, @Nullable Object body,
			@Nullable String idempotencyKey) {
		Requests.Outcome outcome = this.journal.call(this.clock.now(), method + " " + path.replaceAll("\\d+", "{id}"),
				() -> this.requests.send(method, path, token, body, idempotencyKey));
		return outcome.ok() ? outcome.body() : null;
	}

}
