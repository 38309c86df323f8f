package app.huddle.api.auth;

import app.huddle.testsupport.Http;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTests extends ApiTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Test
	void theSessionTableHoldsOnlyAHashOfTheToken() {
		var user = fixtures.user("hashed");
		String stored = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?")
			.param(String.valueOf(user.id()))
			.query(String.class)
			.single()
			.strip();

		assertThat(stored).isNotEqualTo(user.token()).isEqualTo(SessionTokens.sessionIdOf(user.token()));
		assertThat(user.token()).as("32 random bytes").matches("[A-Za-z0-9_-]{43}");
		assertProblem(http.get("/api/me", stored), 401, "sign in");
		assertProblem(http.send("GET", "/api/me", null, null, Map.of("Cookie", "HUDDLE_SESSION=" + stored)), 401,
				"sign in");
		assertThat(http.get("/api/me", user.token()).status()).isEqualTo(200);
	}

	@Test
	void aSessionsLastAccessIsWrittenOnceItIsAMinuteOld() {
		var user = fixtures.user("access");
		String id = SessionTokens.sessionIdOf(user.token());
		long stored = lastAccess(id);

		assertThat(http.get("/api/me", user.token()).status()).isEqualTo(200);
		assertThat(lastAccess(id)).as("a request within the minute writes nothing").isEqualTo(stored);

		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		jdbc.sql("UPDATE spring_session SET last_access_time = ? WHERE session_id = ?")
			.params(twoMinutesAgo, id)
			.update();
		assertThat(http.get("/api/me", user.token()).status()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThan(twoMinutesAgo + 60_000);
	}

	@Test
	void aSessionLookupTakesNoTransactionOfItsOwn() {
		TransactionCallback<Boolean> inATransaction = status -> TransactionSynchronizationManager
			.isActualTransactionActive();

		assertThat(sessionTransactions.execute(inATransaction)).as("saving a session").isTrue();
		assertThat(FailoverSafeSessionTransactions.lookingUp(() -> sessionTransactions.execute(inATransaction)))
			.as("looking one up")
			.isFalse();
	}

	@Test
	void aSessionFoundExpiredIsDeleted() {
		var user = fixtures.user("expired");
		String id = SessionTokens.sessionIdOf(user.token());
		long twoDaysAgo = System.currentTimeMillis() - 2 * 86_400_000L;
		jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
			.params(twoDaysAgo, twoDaysAgo + 60_000, id)
			.update();

		assertProblem(http.get("/api/me", user.token()), 401, "sign in");
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	private long lastAccess(String sessionId) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	@Test
	void registersAUserWithoutExposingThePassword() {
		String name = Fixtures.uniqueName("reg");
		Http.Response response = http.post("/api/auth/register", null,
				Map.of("username", name, "password", "long-enough", "displayName", "  Ada L. "));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("username").asString()).isEqualTo(name);
		assertThat(response.json().get("displayName").asString()).isEqualTo("Ada L.");
		assertThat(response.json().get("id").asLong()).isPositive();
		assertThat(response.body()).doesNotContain("long-enough").doesNotContain("password");
	}

	@Test
	void rejectsATakenUsername() {
		var user = fixtures.user("taken");
		assertProblem(
				http.post("/api/auth/register", null, Map.of("username", user.username(), "password", "whatever1")),
				409, "taken");
	}

	@Test
	void rejectsInvalidRegistrationsWithFieldErrors() {
		Http.Response badName = http.post("/api/auth/register", null,
				Map.of("username", "No Spaces!", "password", "long-enough"));
		assertProblem(badName, 400, "username");
		assertThat(badName.json().get("errors").get(0).get("field").asString()).isEqualTo("username");

		assertProblem(http.post("/api/auth/register", null, Map.of("username", "ab", "password", "long-enough")), 400,
				"username");
		assertProblem(http.post("/api/auth/register", null,
				Map.of("username", Fixtures.uniqueName("p"), "password", "short")), 400, "password");
		assertProblem(http.post("/api/auth/register", null,
				Map.of("username", Fixtures.uniqueName("p"), "password", "x".repeat(129))), 400, "password");
		assertProblem(http.post("/api/auth/register", null, Map.of("password", "long-enough")), 400, "username");
		assertProblem(http.post("/api/auth/register", null, "{\"username\": \"abc\", "), 400, "JSON");
		assertProblem(http.post("/api/auth/register", null, "{\"username\": [1], \"password\": \"long-enough\"}"), 400,
				"JSON");
	}

	@Test
	void logsInWithBearerTokenAndCookie() {
		var user = fixtures.user("login");
		Http.Response login = http.post("/api/auth/login", null,
				Map.of("username", user.username(), "password", "correct-horse"));

		assertThat(login.status()).isEqualTo(200);
		String token = login.json().get("token").asString();
		assertThat(login.json().get("user").get("username").asString()).isEqualTo(user.username());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("HUDDLE_SESSION=" + token).contains("HttpOnly").contains("SameSite=Strict");

		assertThat(http.get("/api/me", token).json().get("id").asLong()).isEqualTo(user.id());
		Http.Response viaCookie = http.send("GET", "/api/me", null, null, Map.of("Cookie", "HUDDLE_SESSION=" + token));
		assertThat(viaCookie.status()).isEqualTo(200);
		assertThat(viaCookie.json().get("username").asString()).isEqualTo(user.username());
	}

	@Test
	void rejectsWrongPasswordsAndUnknownUsers() {
		var user = fixtures.user("wrong");
		assertProblem(http.post("/api/auth/login", null, Map.of("username", user.username(), "password", "nope-nope")),
				401, "wrong username or password");
		assertProblem(
				http.post("/api/auth/login", null,
						Map.of("username", Fixtures.uniqueName("ghost"), "password", "nope-nope")),
				401, "wrong username or password");
	}

	@Test
	void refusesAnonymousAndUnknownTokens() {
		assertProblem(http.get("/api/me", null), 401, "sign in");
		assertProblem(http.get("/api/me", "00000000-0000-0000-0000-000000000000"), 401, "sign in");
		assertProblem(http.get("/api/teams", "not-a-token"), 401, "sign in");
	}

	@Test
	void logoutRevokesTheToken() {
		var user = fixtures.user("logout");
		assertThat(http.get("/api/me", user.token()).status()).isEqualTo(200);

		assertThat(http.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);

		assertProblem(http.get("/api/me", user.token()), 401, "sign in");
	}

	@Test
	void throttlesRepeatedFailedLoginsForOneAccount() {
		var user = fixtures.user("throttle");
		for (int i = 0; i < 5; i++) {
			assertThat(http
				.post("/api/auth/login", null, Map.of("username", user.username(), "password", "bad-guess-" + i))
				.status()).isEqualTo(401);
		}

		Http.Response throttled = http.post("/api/auth/login", null,
				Map.of("username", user.username(), "password", "correct-horse"));

		assertProblem(throttled, 429, "too many failed logins");
		assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
	}

	@Test
	void refusesOversizedBodies() {
		String huge = "{\"username\": \"" + "a".repeat(70_000) + "\", \"password\": \"long-enough\"}";
		assertProblem(http.post("/api/auth/register", null, huge), 413, "larger than");
	}

}
