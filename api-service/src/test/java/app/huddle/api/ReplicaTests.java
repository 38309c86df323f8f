package app.huddle.api;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.TestServers;
import app.huddle.testsupport.TestServersConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two api replicas at once: one schema migration, one gap-free seq, each outbox row
 * published once.
 */
class ReplicaTests {

	/** "1:true", "2:true", … for every file in database/migrations. */
	private static List<String> migrations() throws IOException {
		try (var files = Files.list(Path.of("../database/migrations"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("V\\d+__.*\\.sql"))
				.map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
				.sorted()
				.map(version -> version + ":true")
				.toList();
		}
	}

	@Test
	void twoReplicasStartingTogetherMigrateTheSchemaOnce() throws Exception {
		String database = "flyway_race_" + System.nanoTime();
		TestServers.postgres().createDatabase(database);
		try (Replicas replicas = new Replicas(); ExecutorService starters = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> ports = starters.invokeAll(List.<Callable<Integer>>of(
					() -> replicas.start(TestServersConfiguration.DATABASE_PROPERTY + "=" + database),
					() -> replicas.start(TestServersConfiguration.DATABASE_PROPERTY + "=" + database)));
			for (Future<Integer> port : ports) {
				assertThat(port.get()).isPositive();
			}

			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(TestServers.postgres().jdbcUrl(database),
					PostgresServer.USER, PostgresServer.PASSWORD));
			assertThat(jdbc.sql(
					"SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
				.query(String.class)
				.list()).as("each migration applied once").containsExactlyElementsOf(migrations());
		}
	}

	@Test
	void concurrentPostsThroughBothReplicasGetGapFreeSeqsAndArePublishedOnce() throws Exception {
		try (Replicas replicas = new Replicas(); ExecutorService writers = Executors.newFixedThreadPool(8)) {
			List<Http> apis = List.of(new Http(replicas.start(Replicas.MESSAGE_LIMIT_LIFTED)),
					new Http(replicas.start(Replicas.MESSAGE_LIMIT_LIFTED)));
			Fixtures fixtures = new Fixtures(apis.get(0));
			var owner = fixtures.user("writer");
			long team = fixtures.team(owner);
			var probeContext = replicas.contexts().get(0);
			try (var probe = new app.huddle.api.outbox.TeamProbe(probeContext, team)) {
				int posts = 200;
				List<Future<Http.Response>> answers = new ArrayList<>();
				for (int i = 0; i < posts; i++) {
					Http api = apis.get(i % 2);
					String body = "message " + i;
					answers.add(writers.submit(() -> api.post("/api/teams/" + team + "/messages", owner.token(),
							Map.of("body", body, "clientId", "w-" + body.hashCode()))));
				}
				List<Long> seqs = new ArrayList<>();
				for (Future<Http.Response> answer : answers) {
					assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
					seqs.add(answer.get().json().get("seq").asLong());
				}

				assertThat(seqs).doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, posts + 1).boxed().toList());
				await().atMost(Duration.ofSeconds(30)).until(() -> probe.seqs().size() >= posts);
				assertThat(probe.seqs()).as("each row published once, by one replica")
					.doesNotHaveDuplicates()
					.containsAll(seqs);
			}
		}
	}

}
