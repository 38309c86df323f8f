package app.huddle.api;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import app.huddle.testsupport.PgAutoFailoverPair;
import app.huddle.testsupport.TestServersConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real PostgreSQL primary (its postgres and pg_autoctl, SIGKILL) under a steady
 * write load through the api-service, then kills the new primary to fail back. After each
 * failover every acknowledged message is in the database exactly once, seqs have no gaps,
 * and no request failed.
 * {@code -Dhuddle.failover.rounds=5 -Dhuddle.failover.report=../docs/reliability.md}
 * makes it the benchmark.
 */
class FailoverTests {

	private static final int WRITERS = 20;

	private static final Duration PAUSE_BETWEEN_POSTS = Duration.ofMillis(50);

	private final int rounds = Integer.getInteger("huddle.failover.rounds", 2);

	@Test
	void acknowledgedWritesSurviveFailoversWithoutErrors() throws Exception {
		try (PgAutoFailoverPair pair = new PgAutoFailoverPair(); Replicas replicas = new Replicas()) {
			Http api = new Http(replicas.start(TestServersConfiguration.JDBC_URL_PROPERTY + "=" + pair.jdbcUrl(),
					Replicas.MESSAGE_LIMIT_LIFTED));
			var writer = new Fixtures(api).user("writer");
			long team = new Fixtures(api).team(writer);
			JdbcClient database = JdbcClient.create(new DriverManagerDataSource(pair.jdbcUrl(), "huddle", "huddle"));
			Load load = new Load(api, writer.token(), team);
			List<Round> results = new ArrayList<>();
			try {
				load.start();
				load.awaitSuccesses(200, Duration.ofSeconds(30));
				for (int round = 1; round <= rounds; round++) {
					Instant killedAt = Instant.now();
					pair.killPrimary();
					long successesAtKill = load.successCount();
					load.awaitSuccesses(successesAtKill + 200, Duration.ofSeconds(60));
					Round result = load.measure(round, killedAt);
					results.add(result);
					System.out.println("FAILOVER " + result);
					assertEverythingAcknowledgedIsStored(database, load, team);
					if (round < rounds) {
						pair.awaitPairReady();
						load.awaitSuccesses(load.successCount() + 100, Duration.ofSeconds(30));
					}
				}
			}
			finally {
				load.stop();
			}
			assertEverythingAcknowledgedIsStored(database, load, team);
			assertThat(load.failures()).as("requests that did not get 201").isEmpty();
			assertThat(results).allSatisfy(round -> assertThat(round.writeGap()).isLessThan(Duration.ofSeconds(30)));
			report(results, load.successCount());
		}
	}

	private static void assertEverythingAcknowledgedIsStored(JdbcClient database, Load load, long team) {
		List<String> acknowledged = load.acknowledgedClientIds();
		List<String> stored = database.sql("SELECT client_id FROM messages WHERE team_id = ? ORDER BY seq")
			.param(team)
			.query(String.class)
			.list();
		assertThat(stored).as("each message once").doesNotHaveDuplicates();
		assertThat(stored).as("every acknowledged message is on the new primary").containsAll(acknowledged);
		List<Long> seqs = database.sql("SELECT seq FROM team_activities WHERE team_id = ? ORDER BY seq")
			.param(team)
			.query(Long.class)
			.list();
		assertThat(seqs).as("seqs 1..n without gaps")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
		List<Long> idsInSeqOrder = database.sql("SELECT id FROM messages WHERE team_id = ? ORDER BY seq")
			.param(team)
			.query(Long.class)
			.list();
		assertThat(idsInSeqOrder).as("messages in seq order").isSorted();
	}

	private void report(List<Round> results, long acknowledged) throws IOException {
		List<Duration> gaps = results.stream().map(Round::writeGap).sorted().toList();
		List<Duration> slowest = results.stream().map(Round::slowestRequest).sorted().toList();
		String summary = "failovers=%d acknowledged=%d lost=0 errors=0 writeGap min/median/max=%d/%d/%d ms slowestRequest min/median/max=%d/%d/%d ms"
			.formatted(results.size(), acknowledged, gaps.getFirst().toMillis(), gaps.get(gaps.size() / 2).toMillis(),
					gaps.getLast().toMillis(), slowest.getFirst().toMillis(),
					slowest.get(slowest.size() / 2).toMillis(), slowest.getLast().toMillis());
		System.out.println("FAILOVER SUMMARY " + summary);
		String target = System.getProperty("huddle.failover.report");
		if (target != null) {
			StringBuilder table = new StringBuilder(
					"""
							# Reliability: PostgreSQL failover under write load

							Measured on %s by `./huddle bench-failover` (this test with -Dhuddle.failover.rounds=%d): %d writers
							posting chat messages with clientIds through one api-service every %d ms each; each round SIGKILLs the
							primary's postgres and pg_autoctl, waits for writes to flow again, checks the database, then waits until
							supervisord has restarted the killed node and it is the secondary again before the next round fails back.

							| round | write gap (ms) | slowest request (ms) | acknowledged so far | lost | non-201 answers |
							| ---: | ---: | ---: | ---: | ---: | ---: |
							"""
						.formatted(Instant.now(), results.size(), WRITERS, PAUSE_BETWEEN_POSTS.toMillis()));
			results.forEach(r -> table.append("| %d | %d | %d | %d | 0 | 0 |%n".formatted(r.number(),
					r.writeGap().toMillis(), r.slowestRequest().toMillis(), r.acknowledged())));
			table.append("\n**Summary:** ")
				.append(summary)
				.append("\n\n")
				.append("The write gap is the longest time after the kill in which no request completed; the slowest request\n")
				.append("is the longest single request of the round (it waited inside the api-service's transaction retry).\n");
			Files.writeString(Path.of(target), table);
		}
	}

	/** What one failover cost, measured from the client. */
	record Round(int number, Duration writeGap, Duration slowestRequest, long acknowledged) {
	}

	/**
	 * The steady write load: each writer posts, records the outcome, pauses, and posts
	 * again.
	 */
	private static final class Load {

		private final Http api;

		private final String token;

		private final long team;

		private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS);

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

		Load(Http api, String token, long team) {
			this.api = api;
			this.token = token;
			this.team = team;
		}

		void start() {
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.submit(() -> {
					for (int n = 0; running.get(); n++) {
						String clientId = "w" + writer + "-" + n;
						long started = System.nanoTime();
						int status;
						try {
							status = api
								.post("/api/teams/" + team + "/messages", token,
										Map.of("body", "load " + clientId, "clientId", clientId))
								.status();
						}
						catch (RuntimeException ex) {
							status = -1;
						}
						outcomes.add(new Outcome(clientId, status, Instant.now(),
								Duration.ofNanos(System.nanoTime() - started)));
						Thread.sleep(PAUSE_BETWEEN_POSTS);
					}
					return null;
				});
			}
		}

		long successCount() {
			return outcomes.stream().filter(Outcome::acknowledged).count();
		}

		void awaitSuccesses(long count, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (successCount() < count) {
				assertThat(System.nanoTime()).as("waiting for %d acknowledged writes", count).isLessThan(deadline);
				TimeUnit.MILLISECONDS.sleep(50);
			}
		}

		Round measure(int number, Instant killedAt) {
			List<Instant> completions = new ArrayList<>(outcomes.stream()
				.filter(Outcome::acknowledged)
				.map(Outcome::completedAt)
				.filter(at -> at.isAfter(killedAt))
				.toList());
			completions.add(killedAt);
			Collections.sort(completions);
			Duration gap = Duration.ZERO;
			for (int i = 1; i < completions.size(); i++) {
				Duration between = Duration.between(completions.get(i - 1), completions.get(i));
				gap = between.compareTo(gap) > 0 ? between : gap;
			}
			Duration slowest = outcomes.stream()
				.filter(o -> o.completedAt().isAfter(killedAt))
				.map(Outcome::latency)
				.max(Duration::compareTo)
				.orElse(Duration.ZERO);
			return new Round(number, gap, slowest, successCount());
		}

		List<String> acknowledgedClientIds() {
			return outcomes.stream().filter(Outcome::acknowledged).map(Outcome::clientId).toList();
		}

		List<Outcome> failures() {
			return outcomes.stream().filter(o -> !o.acknowledged()).toList();
		}

		void stop() throws InterruptedException {
			running.set(false);
			writers.shutdown();
			writers.awaitTermination(60, TimeUnit.SECONDS);
		}

	}

	record Outcome(String clientId, int status, Instant completedAt, Duration latency) {

		boolean acknowledged() {
			return status == 201;
		}

	}

}
