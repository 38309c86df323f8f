package app.huddle.api;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.TestServers;
import app.huddle.testsupport.TestServersConfiguration;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a failover is under way the database answers "read-only" (the promoted node
 * before it takes writes); a write waits and retries its transaction instead of failing,
 * and a read, which writes nothing, is answered at once.
 */
@TestPropertySource(properties = TestServersConfiguration.DATABASE_PROPERTY + "=failover_retry")
class FailoverRetryTests extends ApiTests {

	@Autowired
	HikariDataSource pool;

	@Test
	void aWriteThatMeetsAReadOnlyDatabaseIsRetriedUntilItIsWritable() throws Exception {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		readOnly(true);
		try {
			long started = System.nanoTime();
			CompletableFuture<Http.Response> posting = CompletableFuture
				.supplyAsync(() -> http.post("/api/teams/" + team + "/messages", owner.token(),
						Map.of("body", "mid-failover", "clientId", "f-1")));
			CompletableFuture<Void> writable = writableAfter(Duration.ofMillis(1500));

			Http.Response answer = posting.get();
			writable.get();

			assertThat(answer.status()).as(answer.body()).isEqualTo(201);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1400));
			assertThat(database().sql("SELECT count(*) FROM messages WHERE team_id = ?")
				.param(team)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			readOnly(false);
		}
	}

	@Test
	void anIdempotencyKeyIsClaimedAndKeptAcrossAFailover() throws Exception {
		var owner = fixtures.user("owner");
		String name = Fixtures.uniqueName("team");
		Map<String, String> key = Map.of("Idempotency-Key", "failover-" + name);
		readOnly(true);
		try {
			long started = System.nanoTime();
			CompletableFuture<Http.Response> creating = CompletableFuture
				.supplyAsync(() -> http.send("POST", "/api/teams", owner.token(), Map.of("name", name), key));
			CompletableFuture<Void> writable = writableAfter(Duration.ofMillis(1500));

			Http.Response created = creating.get();
			writable.get();
			Http.Response again = http.send("POST", "/api/teams", owner.token(), Map.of("name", name), key);

			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1400));
			assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
			assertThat(again.body()).isEqualTo(created.body());
			assertThat(
					database().sql("SELECT count(*) FROM teams WHERE name = ?").param(name).query(Long.class).single())
				.isEqualTo(1);
		}
		finally {
			readOnly(false);
		}
	}

	@Test
	void aFailoverThatOutlastsTheRetriesAnswers503AndStoresNothing() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		readOnly(true);
		try {
			Http.Response answer = http.post("/api/teams/" + team + "/messages", owner.token(),
					Map.of("body", "too late", "clientId", "f-2"));

			assertProblem(answer, 503, "switching over to its standby");
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
			assertThat(database().sql("SELECT count(*) FROM messages WHERE team_id = ?")
				.param(team)
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			readOnly(false);
		}
	}

	@Test
	void readsAreAnsweredWhileTheDatabaseTakesNoWrites() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		http.post("/api/teams/" + team + "/messages", owner.token(), Map.of("body", "before", "clientId", "f-3"));
		readOnly(true);
		try {
			Http.Response teams = http.get("/api/teams", owner.token());
			Http.Response history = http.get("/api/teams/" + team + "/messages", owner.token());

			assertThat(teams.status()).as(teams.body()).isEqualTo(200);
			assertThat(history.status()).as(history.body()).isEqualTo(200);
			assertThat(history.json().get(0).get("body").asString()).isEqualTo("before");
		}
		finally {
			readOnly(false);
		}
	}

	@Test
	void aClientMistakeIsNotRetried() {
		var owner = fixtures.user("owner");
		long started = System.nanoTime();
		assertProblem(http.get("/api/teams/999999999", owner.token()), 404, "does not exist");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	/**
	 * Ends the read-only spell after the delay; the returned future completes once the
	 * sessions opened before are ended.
	 */
	private CompletableFuture<Void> writableAfter(Duration delay) {
		return CompletableFuture.runAsync(() -> readOnly(false),
				CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
	}

	/**
	 * The test's own view of the database, on a connection of its own: one from the
	 * service's pool may be a session the read-only spell's end has just terminated.
	 */
	private static JdbcClient database() {
		return connectedTo("failover_retry");
	}

	private static JdbcClient connectedTo(String database) {
		return JdbcClient.create(new DriverManagerDataSource(TestServers.postgres().jdbcUrl(database),
				PostgresServer.USER, PostgresServer.PASSWORD));
	}

	private void readOnly(boolean on) {
		JdbcClient admin = connectedTo("postgres");
		admin.sql("ALTER DATABASE failover_retry SET default_transaction_read_only = " + (on ? "on" : "off")).update();
		pool.getHikariPoolMXBean().softEvictConnections();
		// The setting reaches new sessions only, and a connection the pool was opening
		// meanwhile escapes the eviction: end every session opened before, as a failover
		// would.
		admin
			.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
					+ " WHERE datname = 'failover_retry' AND pid <> pg_backend_pid()")
			.query(Long.class)
			.single();
	}

}
