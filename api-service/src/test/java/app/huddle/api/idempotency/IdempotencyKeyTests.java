package app.huddle.api.idempotency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeyTests extends ApiTests {

	private static final String REPLAYED = "Idempotent-Replayed";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiredKeys expiredKeys;

	private Http.Response post(String path, @Nullable String token, @Nullable String body, String key) {
		return send("POST", path, token, body, key);
	}

	private Http.Response send(String method, String path, @Nullable String token, @Nullable String body, String key) {
		return http.send(method, path, token, body, Map.of("Idempotency-Key", key));
	}

	private static String team(String name) {
		return "{\"name\": \"" + name + "\"}";
	}

	private long teamsNamed(String name) {
		return jdbc.sql("SELECT count(*) FROM teams WHERE name = ?").param(name).query(Long.class).single();
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

	@Test
	void aResentRequestGetsTheFirstAnswerAndCreatesNothingTwice() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		String key = newKey();

		Http.Response first = post("/api/teams", owner.token(), team(name), key);
		Http.Response again = post("/api/teams", owner.token(), team(name), key);
		Http.Response quoted = post("/api/teams", owner.token(), team(name), "\"" + key + "\"");

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
		for (Http.Response replay : new Http.Response[] { again, quoted }) {
			assertThat(replay.status()).as(replay.body()).isEqualTo(201);
			assertThat(replay.headers().firstValue(REPLAYED)).hasValue("true");
			assertThat(replay.contentType()).isEqualTo(first.contentType());
			assertThat(replay.body()).isEqualTo(first.body());
		}
		assertThat(teamsNamed(name)).isEqualTo(1);
		assertThat(http.get("/api/teams", owner.token()).json().valueStream().map(t -> t.get("name").asString()))
			.containsOnlyOnce(name);
	}

	@Test
	void acceptingAnInvitationAgainIsAReplayNotAConflict() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		String key = newKey();
		Http.Response invited = post("/api/teams/" + team + "/invitations", owner.token(),
				"{\"username\": \"" + invitee.username() + "\"}", key);
		long invitation = invited.json().get("id").asLong();
		Http.Response invitedAgain = post("/api/teams/" + team + "/invitations", owner.token(),
				"{\"username\": \"" + invitee.username() + "\"}", key);
		String accept = "/api/invitations/" + invitation + "/accept";

		Http.Response accepted = post(accept, invitee.token(), null, key);
		Http.Response acceptedAgain = post(accept, invitee.token(), null, key);

		assertThat(invitedAgain.status()).isEqualTo(201);
		assertThat(invitedAgain.json().get("id").asLong()).isEqualTo(invitation);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(acceptedAgain.status()).as(acceptedAgain.body()).isEqualTo(200);
		assertThat(acceptedAgain.headers().firstValue(REPLAYED)).hasValue("true");
		assertThat(acceptedAgain.body()).isEqualTo(accepted.body());
		assertProblem(http.post(accept, invitee.token(), null), 409, "accepted");
		assertThat(fixtures.lastSeq(team, owner)).as("one member.joined for the owner, one for the invitee")
			.isEqualTo(2);
	}

	@Test
	void editingAndDeletingAgainWithTheSameKeyAreReplays() {
		var author = fixtures.user("author");
		long team = fixtures.team(author);
		long message = fixtures.post(team, author, "first words").get("id").asLong();
		String path = "/api/teams/" + team + "/messages/" + message;
		String editKey = newKey();
		String deleteKey = newKey();

		Http.Response edited = send("PATCH", path, author.token(), "{\"body\": \"second words\"}", editKey);
		Http.Response editedAgain = send("PATCH", path, author.token(), "{\"body\": \"second words\"}", editKey);
		Http.Response deleted = send("DELETE", path, author.token(), null, deleteKey);
		Http.Response deletedAgain = send("DELETE", path, author.token(), null, deleteKey);
		Http.Response deletedWithoutKey = http.send("DELETE", path, author.token(), null, Map.of());

		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(editedAgain.status()).isEqualTo(200);
		assertThat(editedAgain.headers().firstValue(REPLAYED)).hasValue("true");
		assertThat(editedAgain.body()).isEqualTo(edited.body());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		assertThat(deletedAgain.status()).as(deletedAgain.body()).isEqualTo(204);
		assertThat(deletedAgain.headers().firstValue(REPLAYED)).hasValue("true");
		assertThat(deletedWithoutKey.status()).isEqualTo(404);
		assertThat(activitiesOfType(team, "chat.message.edited")).isEqualTo(1);
		assertThat(activitiesOfType(team, "chat.message.deleted")).isEqualTo(1);
	}

	private long activitiesOfType(long team, String type) {
		return jdbc.sql("SELECT count(*) FROM team_activities WHERE team_id = ? AND type = ?")
			.params(team, type)
			.query(Long.class)
			.single();
	}

	@Test
	void aKeyUsedForAnotherRequestIsRefused() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		String other = Fixtures.uniqueName("team");
		String key = newKey();
		long team = post("/api/teams", owner.token(), team(name), key).json().get("id").asLong();

		assertProblem(post("/api/teams", owner.token(), team(other), key), 422,
				"already used for POST /api/teams with a different body");
		assertProblem(
				post("/api/teams/" + team + "/events", owner.token(),
						"{\"title\": \"Regatta\", \"startsAt\": \"2031-05-01T10:00:00Z\"}", key),
				422, "already used for POST /api/teams, not POST /api/teams/" + team + "/events");
		assertThat(teamsNamed(other)).isZero();
		assertThat(http.get("/api/teams/" + team + "/events", owner.token()).json()).isEmpty();
	}

	@Test
	void malformedKeysAreRefusedBeforeAnythingRuns() throws Exception {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");

		for (String key : new String[] { "", "has space", "x".repeat(65), "a/b", "key#1", "\"unbalanced", "\"\"" }) {
			assertProblem(post("/api/teams", owner.token(), team(name), key), 400,
					"Idempotency-Key header must be 1 to 64 characters");
		}
		HttpRequest twoKeys = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/teams"))
			.header("Authorization", "Bearer " + owner.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", newKey())
			.header("Idempotency-Key", newKey())
			.POST(HttpRequest.BodyPublishers.ofString(team(name)))
			.build();
		HttpResponse<String> refused = HttpClient.newHttpClient().send(twoKeys, HttpResponse.BodyHandlers.ofString());
		assertProblem(new Http.Response(refused.statusCode(), refused.headers(), refused.body()), 400,
				"Idempotency-Key");
		assertThat(teamsNamed(name)).isZero();
		assertThat(post("/api/teams", owner.token(), team(name), "A-z_0.9:" + "x".repeat(56)).status()).isEqualTo(201);
	}

	@Test
	void keysBelongToTheUserWhoSentThem() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		String key = newKey();
		String alicesName = Fixtures.uniqueName("team");
		String bobsName = Fixtures.uniqueName("team");

		Http.Response alices = post("/api/teams", alice.token(), team(alicesName), key);
		Http.Response bobs = post("/api/teams", bob.token(), team(bobsName), key);

		assertThat(alices.status()).isEqualTo(201);
		assertThat(bobs.status()).as(bobs.body()).isEqualTo(201);
		assertThat(bobs.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(bobs.json().get("name").asString()).isEqualTo(bobsName);
		assertThat(post("/api/teams", alice.token(), team(alicesName), key).body()).isEqualTo(alices.body());
		assertThat(post("/api/teams", bob.token(), team(bobsName), key).body()).isEqualTo(bobs.body());
		assertThat(teamsNamed(alicesName)).isEqualTo(1);
		assertThat(teamsNamed(bobsName)).isEqualTo(1);
	}

	@Test
	void registeringAgainWithTheSameKeyIsAReplayNotAConflict() throws Exception {
		String username = Fixtures.uniqueName("newcomer");
		String body = "{\"username\": \"" + username + "\", \"password\": \"" + Fixtures.PASSWORD + "\"}";
		String key = newKey();

		Http.Response first = post("/api/auth/register", null, body, key);
		Http.Response again = post("/api/auth/register", null, body, key);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(again.headers().firstValue(REPLAYED)).hasValue("true");
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertProblem(http.post("/api/auth/register", null, body), 409, "");

		byte[] stored = jdbc
			.sql("SELECT fingerprint FROM idempotency_keys WHERE scope = 'anonymous' AND idempotency_key = ?")
			.param(key)
			.query(byte[].class)
			.single();
		assertThat(stored).as("a password is not kept behind a plain SHA-256")
			.isNotEqualTo(MessageDigest.getInstance("SHA-256")
				.digest(("POST /api/auth/register\n" + body).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void withoutTheHeaderEveryRequestRuns() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");

		Http.Response first = http.post("/api/teams", owner.token(), team(name));
		Http.Response second = http.post("/api/teams", owner.token(), team(name));

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(second.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());
		assertThat(teamsNamed(name)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE scope = ?")
			.param("user:" + owner.id())
			.query(Long.class)
			.single()).isZero();

		String key = newKey();
		post("/api/teams", owner.token(), team(name), key);
		post("/api/teams", owner.token(), team(name), key);
		assertThat(teamsNamed(name)).as("with a key, the same request ran once more, not twice").isEqualTo(3);
	}

	@Test
	void loginRunsEveryTimeAndLeavesTheKeyAlone() {
		String username = Fixtures.uniqueName("user");
		String body = "{\"username\": \"" + username + "\", \"password\": \"" + Fixtures.PASSWORD + "\"}";
		String key = newKey();
		Http.Response registered = post("/api/auth/register", null, body, key);

		Http.Response first = post("/api/auth/login", null, body, key);
		Http.Response second = post("/api/auth/login", null, body, key);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.headers().firstValue(REPLAYED)).isEmpty();
		assertThat(second.json().get("token").asString()).isNotEqualTo(first.json().get("token").asString());
		Http.Response registeredAgain = post("/api/auth/register", null, body, key);
		assertThat(registeredAgain.headers().firstValue(REPLAYED)).as(registeredAgain.body()).hasValue("true");
		assertThat(registeredAgain.body()).isEqualTo(registered.body());
	}

	@Test
	void aKeyWhoseRequestIsStillRunningAnswers409WithRetryAfter() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		String key = newKey();
		claim(owner, key, team(name), "now()");

		Http.Response busy = post("/api/teams", owner.token(), team(name), key);

		assertProblem(busy, 409, KeyStillInUse.DETAIL);
		assertThat(busy.headers().firstValue("Retry-After")).as("seconds until the claim counts as abandoned")
			.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(13, 15));
		assertThat(teamsNamed(name)).isZero();
	}

	@Test
	void aClaimAbandonedFor15SecondsIsTakenOver() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		String key = newKey();
		claim(owner, key, team(name), "now() - interval '16 seconds'");

		Http.Response created = post("/api/teams", owner.token(), team(name), key);
		Http.Response again = post("/api/teams", owner.token(), team(name), key);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(again.headers().firstValue(REPLAYED)).hasValue("true");
		assertThat(teamsNamed(name)).isEqualTo(1);
	}

	@Test
	void clientErrorsAreKeptButTooManyRequestsIsNot() {
		var owner = fixtures.user("owner");
		String key = newKey();

		Http.Response invalid = post("/api/teams", owner.token(), team(""), key);
		Http.Response invalidAgain = post("/api/teams", owner.token(), team(""), key);
		assertProblem(invalid, 400, "name");
		assertProblem(invalidAgain, 400, "name");
		assertThat(invalidAgain.headers().firstValue(REPLAYED)).hasValue("true");

		// One key per request, the limit's 429 on the last: it is not kept, so the same
		// request with the same key runs again (and meets the limit again).
		String name = Fixtures.uniqueName("team");
		String prefix = newKey();
		Http.Response limited;
		int n = 0;
		do {
			n++;
			limited = post("/api/teams", owner.token(), team(name + "-" + n), prefix + "-" + n);
		}
		while (limited.status() == 201 && n < 100);
		assertProblem(limited, 429, "teams");
		assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?")
			.params("user:" + owner.id(), prefix + "-" + n)
			.query(Long.class)
			.single()).isZero();
		Http.Response limitedAgain = post("/api/teams", owner.token(), team(name + "-" + n), prefix + "-" + n);
		assertProblem(limitedAgain, 429, "teams");
		assertThat(limitedAgain.headers().firstValue(REPLAYED)).isEmpty();
	}

	@Test
	void keysAreForgottenAfter24Hours() {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		String oldKey = newKey();
		String freshKey = newKey();
		post("/api/teams", owner.token(), team(name), oldKey);
		post("/api/teams", owner.token(), team(name + "-fresh"), freshKey);
		jdbc.sql("UPDATE idempotency_keys SET claimed_at = now() - interval '25 hours' WHERE idempotency_key = ?")
			.param(oldKey)
			.update();

		expiredKeys.removeExpired();

		assertThat(jdbc.sql("SELECT idempotency_key FROM idempotency_keys WHERE scope = ?")
			.param("user:" + owner.id())
			.query(String.class)
			.list()).containsExactly(freshKey);
		assertThat(post("/api/teams", owner.token(), team(name), oldKey).headers().firstValue(REPLAYED)).isEmpty();
		assertThat(teamsNamed(name)).isEqualTo(2);
	}

	/** A claim as a request on another replica would have left it, still running. */
	private void claim(Fixtures.User user, String key, String body, String claimedAt) {
		String scope = "user:" + user.id();
		Map<String, Object> row = new HashMap<>();
		row.put("scope", scope);
		row.put("key", key);
		row.put("fingerprint",
				Fingerprint.of("POST /api/teams", body.getBytes(StandardCharsets.UTF_8), false, scope + " " + key));
		row.put("owner", UUID.randomUUID());
		jdbc.sql("INSERT INTO idempotency_keys (scope, idempotency_key, request, fingerprint, owner, claimed_at)"
				+ " VALUES (:scope, :key, 'POST /api/teams', :fingerprint, :owner, " + claimedAt + ")")
			.params(row)
			.update();
	}

}
