package app.huddle.api.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import app.huddle.api.ApiProcess;
import app.huddle.api.Replicas;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.TestServers;
import app.huddle.testsupport.TestServersConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's crash test: two api replicas, {@value #MEMBERS} members × {@value #EVENTS}
 * events due at once, and the replica sending them SIGKILLed mid-run, after some batches
 * committed and while the next is open. The survivor takes the check over and every
 * member ends up with exactly one reminder per event: in event_reminders and in the
 * inbox.
 * <p>
 * To kill the sender at a known point, the test holds a row lock on one member (a
 * {@code SELECT … FOR UPDATE} on the user, which the reminder's foreign key must share):
 * the run commits the batches before that member's and then waits inside the next one.
 */
class ReminderCrashTests {

	private static final int MEMBERS = 30;

	private static final int EVENTS = 6;

	private static final int BATCH = 10;

	private static final String[] FAST_CHECKS = { "huddle.api.events.reminders.check-every=300ms",
			"huddle.api.events.reminders.heartbeat-every=500ms", "huddle.api.events.reminders.missed-heartbeats=4",
			"huddle.api.events.reminders.batch-size=" + BATCH, "huddle.api.limits.events.count=1000" };

	@Test
	void aReplicaKilledWhileSendingRemindersLeavesExactlyOneReminderPerMemberAndEvent() throws Exception {
		String database = "reminder_crash_" + System.nanoTime();
		TestServers.postgres().createDatabase(database);
		DataSource dataSource = new DriverManagerDataSource(TestServers.postgres().jdbcUrl(database),
				PostgresServer.USER, PostgresServer.PASSWORD);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		try (ApiProcess doomed = ApiProcess.start(database, FAST_CHECKS).awaitReady();
				Replicas survivors = new Replicas()) {
			Http api = new Http(doomed.port());
			Fixtures fixtures = new Fixtures(api);
			List<Fixtures.User> members = new ArrayList<>();
			members.add(fixtures.user("owner"));
			for (int i = 1; i < MEMBERS; i++) {
				members.add(fixtures.user("member"));
			}
			long team = fixtures.teamWith(members.get(0), members.subList(1, MEMBERS).toArray(Fixtures.User[]::new));
			// Reminders go out in user id order within an event: the 15th member's waits.
			Fixtures.User held = members.stream().sorted(Comparator.comparingLong(Fixtures.User::id)).toList().get(14);

			try (Connection lock = dataSource.getConnection()) {
				lock.setAutoCommit(false);
				try (PreparedStatement statement = lock
					.prepareStatement("SELECT id FROM users WHERE id = ? FOR UPDATE")) {
					statement.setLong(1, held.id());
					statement.executeQuery().close();
				}
				Instant startsAt = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
				List<Long> events = new ArrayList<>();
				for (int i = 0; i < EVENTS; i++) {
					Http.Response created = api.post("/api/teams/" + team + "/events", members.get(0).token(),
							Map.of("title", "Session " + i, "startsAt", startsAt.toString()));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					events.add(created.json().get("id").asLong());
				}

				String doomedName = "#" + doomed.pid();
				await("the doomed replica sending, then waiting inside a batch").atMost(Duration.ofSeconds(60))
					.until(() -> count(jdbc, "SELECT count(*) FROM event_reminders") == BATCH
							&& count(jdbc,
									"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
											+ " AND wait_event_type = 'Lock'") == 1
							&& pickedBy(jdbc).endsWith(doomedName));

				survivors.start(TestServersConfiguration.DATABASE_PROPERTY + "=" + database, FAST_CHECKS[0],
						FAST_CHECKS[1], FAST_CHECKS[2], FAST_CHECKS[3]);
				doomed.kill();

				assertThat(doomed.alive()).isFalse();
				assertThat(pickedBy(jdbc)).as("the check was the dead replica's when it died").endsWith(doomedName);
				assertThat(count(jdbc, "SELECT count(*) FROM event_reminders")).as("sent before the kill")
					.isEqualTo(BATCH);
				assertThat(reminderNotifications(jdbc)).as("delivered with them").isEqualTo(BATCH);
				lock.rollback();

				int expected = MEMBERS * EVENTS;
				await("the survivor finishing").atMost(Duration.ofSeconds(60))
					.until(() -> count(jdbc, "SELECT count(*) FROM event_reminders") == expected);
				awaitTwoMoreChecks(jdbc);

				assertThat(count(jdbc, "SELECT count(*) FROM event_reminders")).isEqualTo(expected);
				assertThat(count(jdbc, "SELECT count(DISTINCT (event_id, user_id)) FROM event_reminders"))
					.isEqualTo(expected);
				assertThat(reminderNotifications(jdbc)).as("inbox notifications").isEqualTo(expected);
				assertThat(count(jdbc, """
						SELECT count(*) FROM (
						    SELECT user_id, (envelope -> 'data' -> 'event' ->> 'id')::bigint AS event_id
						    FROM notifications WHERE type = 'event.reminder'
						    GROUP BY 1, 2 HAVING count(*) = 1) once""")).as("(member, event) pairs reminded once")
					.isEqualTo(expected);
				assertThat(count(jdbc, """
						SELECT count(*) FROM event_reminders r JOIN notifications n
						  ON n.user_id = r.user_id AND n.type = 'event.reminder'
						 AND (n.envelope -> 'data' -> 'event' ->> 'id')::bigint = r.event_id""")).isEqualTo(expected);
				for (Fixtures.User member : members) {
					Http.Response inbox = new Http(survivorPort(survivors)).get("/api/notifications?limit=200",
							member.token());
					assertThat(inbox.json()
						.valueStream()
						.filter(n -> n.get("type").asString().equals("event.reminder"))
						.map(n -> n.get("data").get("event").get("id").asLong())
						.toList()).as(member.username()).containsExactlyInAnyOrderElementsOf(events);
				}
			}
		}
	}

	private static int survivorPort(Replicas replicas) {
		return ((WebServerApplicationContext) replicas.contexts().get(0)).getWebServer().getPort();
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long reminderNotifications(JdbcClient jdbc) {
		return count(jdbc, "SELECT count(*) FROM notifications WHERE type = 'event.reminder'");
	}

	private static String pickedBy(JdbcClient jdbc) {
		return jdbc.sql("SELECT coalesce(picked_by, '') FROM scheduled_tasks WHERE task_name = ? AND picked")
			.param(ReminderScheduling.TASK)
			.query(String.class)
			.optional()
			.orElse("");
	}

	private static void awaitTwoMoreChecks(JdbcClient jdbc) {
		for (int i = 0; i < 2; i++) {
			Instant mark = jdbc.sql("SELECT now()").query(Timestamp.class).single().toInstant();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = ?")
					.param(ReminderScheduling.TASK)
					.query(Timestamp.class)
					.optional()
					.map(at -> at.toInstant().isAfter(mark))
					.orElse(false));
		}
	}

}
