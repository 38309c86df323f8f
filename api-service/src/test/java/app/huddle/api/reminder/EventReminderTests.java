package app.huddle.api.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.api.outbox.UserProbe;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders through the real scheduler, checking every second. Declining, cancelling and
 * moving are written straight to the tables the event feature owns (its endpoints are
 * built beside this one).
 */
@TestPropertySource(
		properties = { "huddle.api.events.reminders.check-every=1s", "huddle.api.events.reminders.heartbeat-every=1s" })
class EventReminderTests extends ApiTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void readsAndChoosesWhenToBeReminded() {
		var alice = fixtures.user("alice");
		assertThat(http.get("/api/me/reminders", alice.token()).json().get("before").asString()).isEqualTo("PT1H");

		for (String before : List.of("PT15M", "P1D", "NONE", "PT1H")) {
			Http.Response chosen = put("/api/me/reminders", alice, Map.of("before", before));
			assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
			assertThat(chosen.json().get("before").asString()).isEqualTo(before);
			assertThat(http.get("/api/me/reminders", alice.token()).json().get("before").asString()).isEqualTo(before);
		}

		assertProblem(put("/api/me/reminders", alice, Map.of("before", "PT2H")), 400,
				"one of PT15M, PT1H, P1D or NONE");
		assertProblem(put("/api/me/reminders", alice, Map.of("before", "pt1h")), 400, "one of PT15M");
		assertProblem(put("/api/me/reminders", alice, Map.of()), 400, "before");
		assertProblem(put("/api/me/reminders", alice, "{\"before\": 60}"), 400, "before");
		assertProblem(http.get("/api/me/reminders", null), 401, "sign in");
		assertThat(http.get("/api/me/reminders", alice.token()).json().get("before").asString()).isEqualTo("PT1H");
	}

	@Test
	void remindsEveryMemberOnceButNotThoseWhoDeclinedOrWantNone() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		var carol = fixtures.user("carol");
		var dave = fixtures.user("dave");
		long team = fixtures.teamWith(alice, bob, carol, dave);
		put("/api/me/reminders", carol, Map.of("before", "NONE"));
		put("/api/me/reminders", bob, Map.of("before", "P1D"));
		Instant startsAt = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		long event;
		List<JsonNode> published;
		try (UserProbe live = new UserProbe(context, bob.id())) {
			event = createEvent(team, alice, "Training", startsAt);
			jdbc.sql("UPDATE team_events SET time_zone = 'Europe/Oslo' WHERE id = ?").param(event).update();
			jdbc.sql(
					"INSERT INTO event_rsvps (event_id, user_id, response, answered_at) VALUES (?, ?, 'DECLINED', now())")
				.params(event, dave.id())
				.update();

			await().atMost(Duration.ofSeconds(30))
				.until(() -> reminders(alice, event).size() == 1 && reminders(bob, event).size() == 1);
			awaitTwoMoreChecks();
			await("published for the live queue").atMost(Duration.ofSeconds(10))
				.until(() -> !live.envelopes("user." + bob.id() + ".event.reminder").isEmpty());
			published = live.envelopes("user." + bob.id() + ".event.reminder");
		}
		assertThat(published).hasSize(1);
		assertThat(published.get(0).get("type").asString()).isEqualTo("event.reminder");
		assertThat(published.get(0).get("seq").isNull()).isTrue();
		assertThat(published.get(0).get("data")).isEqualTo(reminders(bob, event).get(0).get("data"));

		assertThat(reminders(alice, event)).hasSize(1);
		assertThat(reminders(bob, event)).hasSize(1);
		assertThat(reminders(carol, event)).as("chose NONE").isEmpty();
		assertThat(reminders(dave, event)).as("declined").isEmpty();
		assertThat(jdbc.sql("SELECT user_id FROM event_reminders WHERE event_id = ? ORDER BY user_id")
			.param(event)
			.query(Long.class)
			.list()).containsExactly(alice.id(), bob.id());

		JsonNode reminder = reminders(bob, event).get(0);
		assertThat(reminder.get("teamId").asLong()).isEqualTo(team);
		assertThat(reminder.get("read").asBoolean()).isFalse();
		JsonNode data = reminder.get("data");
		assertThat(data.get("before").asString()).isEqualTo("P1D");
		assertThat(data.get("event").get("title").asString()).isEqualTo("Training");
		assertThat(data.get("event").get("teamId").asLong()).isEqualTo(team);
		assertThat(Instant.parse(data.get("event").get("startsAt").asString())).isEqualTo(startsAt);
		assertThat(data.get("event").get("timeZone").asString()).isEqualTo("Europe/Oslo");
		assertThat(data.get("event").has("endsAt")).isTrue();
		assertThat(data.get("event").has("location")).isTrue();
		assertThat(reminders(alice, event).get(0).get("data").get("before").asString()).isEqualTo("PT1H");
	}

	@Test
	void aMovedEventRemindsAgainOncePerStartTime() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		Instant first = Instant.now().plus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		long event = createEvent(team, alice, "Match", first);
		await().atMost(Duration.ofSeconds(30)).until(() -> reminders(bob, event).size() == 1);

		Instant moved = first.plus(15, ChronoUnit.MINUTES);
		jdbc.sql("UPDATE team_events SET starts_at = ?, updated_at = now() WHERE id = ?")
			.params(Timestamp.from(moved), event)
			.update();
		await().atMost(Duration.ofSeconds(30)).until(() -> reminders(bob, event).size() == 2);
		awaitTwoMoreChecks();

		assertThat(reminders(bob, event)).hasSize(2)
			.extracting(n -> Instant.parse(n.get("data").get("event").get("startsAt").asString()))
			.containsExactly(moved, first);
		assertThat(reminders(alice, event)).hasSize(2);
	}

	@Test
	void cancelledEventsDoNotRemind() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		Instant inTwoHours = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		long cancelled = createEvent(team, alice, "Called off", inTwoHours);
		long held = createEvent(team, alice, "Held", inTwoHours);
		jdbc.sql("UPDATE team_events SET cancelled_at = now() WHERE id = ?").param(cancelled).update();

		put("/api/me/reminders", bob, Map.of("before", "P1D"));
		await().atMost(Duration.ofSeconds(30)).until(() -> reminders(bob, held).size() == 1);
		awaitTwoMoreChecks();

		assertThat(reminders(bob, cancelled)).isEmpty();
		assertThat(reminders(alice, held)).as("alice's hour has not come").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM event_reminders WHERE event_id = ?")
			.param(cancelled)
			.query(Long.class)
			.single()).isZero();
	}

	private long createEvent(long team, Fixtures.User creator, String title, Instant startsAt) {
		Http.Response created = http.post("/api/teams/" + team + "/events", creator.token(),
				Map.of("title", title, "startsAt", startsAt.toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** The user's event.reminder notifications for the event, newest first. */
	private List<JsonNode> reminders(Fixtures.User user, long event) {
		Http.Response inbox = http.get("/api/notifications?limit=200", user.token());
		assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
		return inbox.json()
			.valueStream()
			.filter(n -> n.get("type").asString().equals("event.reminder"))
			.filter(n -> n.get("data").get("event").get("id").asLong() == event)
			.toList();
	}

	/**
	 * Waits until a check has started and finished after this call: the first completion
	 * seen may belong to a check already under way, the one after it cannot.
	 */
	private void awaitTwoMoreChecks() {
		for (int i = 0; i < 2; i++) {
			Instant mark = jdbc.sql("SELECT now()").query(Timestamp.class).single().toInstant();
			await().atMost(Duration.ofSeconds(30)).until(() -> lastSuccess().isAfter(mark));
		}
	}

	private Instant lastSuccess() {
		return jdbc.sql("SELECT coalesce(max(last_success), 'epoch') FROM scheduled_tasks WHERE task_name = ?")
			.param(ReminderScheduling.TASK)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private Http.Response put(String path, Fixtures.User user, Object body) {
		return http.send("PUT", path, user.token(), body, Map.of());
	}

}
