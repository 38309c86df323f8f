package app.huddle.bench.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import app.huddle.bench.chaos.ClientRetry.Kind;

/**
 * People doing everything but chat, over and over: a newcomer registers, logs in, lists
 * teams, creates a team, invites a regular, who accepts; the newcomer plans an event; the
 * regular reads notifications, team list, history and activity. Each request follows
 * {@link ClientRetry}; one whose last attempt fails is a user-visible error and ends that
 * round.
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
		if (call(Kind.CREATE, "POST", "/api/auth/register", null, credentials) == null) {
			return;
		}
		JsonNode login = call(Kind.REPEATABLE, "POST", "/api/auth/login", null, credentials);
		if (login == null) {
			return;
		}
		String token = login.path("token").asString();
		String regular = this.regularToken;
		if (call(Kind.REPEATABLE, "GET", "/api/teams", token, null) == null) {
			return;
		}
		JsonNode team = call(Kind.CREATE, "POST", "/api/teams", token, Map.of("name", "Team of " + newcomer));
		if (team == null) {
			return;
		}
		long teamId = team.path("id").asLong();
		JsonNode invitation = call(Kind.CREATE, "POST", "/api/teams/" + teamId + "/invitations", token,
				Map.of("username", this.regularName));
		if (invitation == null || call(Kind.CREATE, "POST",
				"/api/invitations/" + invitation.path("id").asLong() + "/accept", regular, Map.of()) == null) {
			return;
		}
		Instant startsAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
		if (call(Kind.CREATE, "POST", "/api/teams/" + teamId + "/events", token,
				Map.of("title", "Planning", "startsAt", startsAt.toString(), "location", "Room 1")) == null) {
			return;
		}
		for (String read : new String[] { "/api/notifications", "/api/teams",
				"/api/teams/" + teamId + "/messages?limit=50", "/api/teams/" + teamId + "/activity?after=0" }) {
			if (call(Kind.REPEATABLE, "GET", read, regular, null) == null) {
				return;
			}
		}
	}

	/** The answer's body, or null when the person saw an error. */
	private @Nullable JsonNode call(Kind kind, String method, String path, @Nullable String token,
			@Nullable Object body) {
		long at = this.clock.now();
		ClientRetry.Result result = ClientRetry.call(kind, () -> this.requests.send(method, path, token, body));
		this.journal.answered(result);
		if (result.outcome().ok()) {
			return result.outcome().body();
		}
		this.journal.userError(at, method + " " + path.replaceAll("\\d+", "{id}"), result.outcome().describe());
		return null;
	}

}
