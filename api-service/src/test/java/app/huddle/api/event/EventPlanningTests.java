package app.huddle.api.event;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.api.outbox.TeamProbe;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 14: time zones, upcoming and past, answers, edits and cancellations. */
class EventPlanningTests extends ApiTests {

	private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private Http.Response create(long team, Fixtures.User user, Map<String, Object> body) {
		return http.post("/api/teams/" + team + "/events", user.token(), body);
	}

	private JsonNode plan(long team, Fixtures.User user, String title, Instant startsAt) {
		Http.Response created = create(team, user, Map.of("title", title, "startsAt", startsAt.toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private long planned(long team, Fixtures.User user) {
		return plan(team, user, "Training", tomorrow).get("id").asLong();
	}

	private Http.Response rsvp(long team, long event, Fixtures.User user, Object response) {
		return http.send("PUT", "/api/teams/" + team + "/events/" + event + "/rsvp", user.token(),
				Map.of("response", response), Map.of());
	}

	private Http.Response patch(long team, long event, Fixtures.User user, Object body) {
		return http.send("PATCH", "/api/teams/" + team + "/events/" + event, user.token(), body, Map.of());
	}

	private Http.Response cancel(long team, long event, Fixtures.User user) {
		return http.post("/api/teams/" + team + "/events/" + event + "/cancel", user.token(), null);
	}

	private List<String> titles(long team, Fixtures.User user, String query) {
		Http.Response listed = http.get("/api/teams/" + team + "/events" + query, user.token());
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		return listed.json().valueStream().map(event -> event.get("title").asString()).toList();
	}

	private long lastSeq(long team) {
		return jdbc.sql("SELECT last_seq FROM teams WHERE id = ?").param(team).query(Long.class).single();
	}

	private List<JsonNode> eventNotifications(Fixtures.User user) {
		return http.get("/api/notifications", user.token())
			.json()
			.valueStream()
			.filter(notification -> notification.get("type").asString().startsWith("event."))
			.toList();
	}

	private static Map<String, Object> with(String key, @org.jspecify.annotations.Nullable Object value) {
		Map<String, Object> body = new HashMap<>();
		body.put(key, value);
		return body;
	}

	@Test
	void anEventKeepsItsTimeZoneWhichDefaultsToUtc() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);

		Http.Response oslo = create(team, owner,
				Map.of("title", "Training", "startsAt", tomorrow.toString(), "timeZone", "Europe/Oslo"));

		assertThat(oslo.status()).as(oslo.body()).isEqualTo(201);
		JsonNode event = oslo.json();
		assertThat(event.get("timeZone").asString()).isEqualTo("Europe/Oslo");
		assertThat(event.get("updatedAt").isNull()).isTrue();
		assertThat(event.get("cancelledAt").isNull()).isTrue();
		assertThat(event.get("counts").toString()).isEqualTo("{\"going\":0,\"maybe\":0,\"declined\":0}");
		assertThat(event.get("responses")).isEmpty();
		assertThat(event.get("myResponse").isNull()).isTrue();
		assertThat(http.get("/api/teams/" + team + "/events/" + event.get("id").asLong(), owner.token()).json())
			.isEqualTo(event);
		assertThat(plan(team, owner, "Anywhere", tomorrow).get("timeZone").asString()).isEqualTo("UTC");
	}

	@Test
	void refusesTimeZonesThatAreNotIanaIds() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);

		for (String zone : List.of("Mars/Olympus", "europe/oslo", "+01:00", "Z", "UTC+1", "", "Europe/Oslo ")) {
			assertProblem(
					create(team, owner, Map.of("title", "Zoned", "startsAt", tomorrow.toString(), "timeZone", zone)),
					400, "timeZone");
		}
		assertProblem(create(team, owner, Map.of("title", "Zoned", "startsAt", tomorrow.toString(), "timeZone", 1)),
				400, "timeZone");
		assertThat(titles(team, owner, "")).isEmpty();
	}

	@Test
	void listsUpcomingSoonestFirstAndPastLatestFirstLeavingOutCancelledOnes() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		Instant now = Instant.now();
		plan(team, owner, "Three days ago", now.minus(3, ChronoUnit.DAYS));
		plan(team, owner, "Two days ago", now.minus(2, ChronoUnit.DAYS));
		assertThat(
				create(team, owner, Map.of("title", "Under way", "startsAt", now.minus(1, ChronoUnit.HOURS).toString(),
						"endsAt", now.plus(1, ChronoUnit.HOURS).toString()))
					.status())
			.isEqualTo(201);
		plan(team, owner, "In two days", now.plus(2, ChronoUnit.DAYS));
		plan(team, owner, "Tomorrow", now.plus(1, ChronoUnit.DAYS));
		long called = plan(team, owner, "Called off", now.plus(1, ChronoUnit.HOURS)).get("id").asLong();
		long calledPast = plan(team, owner, "Called off too", now.minus(1, ChronoUnit.DAYS)).get("id").asLong();
		assertThat(cancel(team, called, owner).status()).isEqualTo(200);
		assertThat(cancel(team, calledPast, owner).status()).isEqualTo(200);

		assertThat(titles(team, owner, "")).containsExactly("Under way", "Tomorrow", "In two days");
		assertThat(titles(team, owner, "?when=upcoming")).containsExactly("Under way", "Tomorrow", "In two days");
		assertThat(titles(team, owner, "?when=past")).containsExactly("Two days ago", "Three days ago");
		assertThat(titles(team, owner, "?when=upcoming&limit=2")).containsExactly("Under way", "Tomorrow");
		assertThat(titles(team, owner, "?when=past&limit=1")).containsExactly("Two days ago");
		assertThat(titles(team, owner, "?from=" + now.minus(4, ChronoUnit.DAYS) + "&to=" + now))
			.as("the window of the first version, in order")
			.containsExactly("Three days ago", "Two days ago", "Under way");

		String path = "/api/teams/" + team + "/events";
		assertProblem(http.get(path + "?when=soon", owner.token()), 400, "'when' must be upcoming or past");
		assertProblem(http.get(path + "?limit=0", owner.token()), 400, "'limit'");
		assertProblem(http.get(path + "?limit=201", owner.token()), 400, "'limit'");
		assertProblem(http.get(path + "?when=past&from=" + now, owner.token()), 400, "either");
		assertProblem(http.get(path + "?when=past", fixtures.user("stranger").token()), 404, "not a member");
	}

	@Test
	void membersAnswerAndEveryoneSeesTheCountsAndWhoAnsweredWhat() {
		var owner = fixtures.user("owner");
		var bob = fixtures.user("bob");
		var carol = fixtures.user("carol");
		long team = fixtures.teamWith(owner, bob, carol);
		long event = planned(team, owner);

		Http.Response bobGoes = rsvp(team, event, bob, "GOING");
		assertThat(bobGoes.status()).as(bobGoes.body()).isEqualTo(200);
		assertThat(bobGoes.json().get("myResponse").asString()).isEqualTo("GOING");
		assertThat(rsvp(team, event, carol, "MAYBE").status()).isEqualTo(200);
		assertThat(rsvp(team, event, owner, "DECLINED").status()).isEqualTo(200);

		JsonNode seenByCarol = http.get("/api/teams/" + team + "/events/" + event, carol.token()).json();
		assertThat(seenByCarol.get("counts").toString()).isEqualTo("{\"going\":1,\"maybe\":1,\"declined\":1}");
		assertThat(seenByCarol.get("myResponse").asString()).isEqualTo("MAYBE");
		assertThat(seenByCarol.get("responses")
			.valueStream()
			.map(answer -> answer.get("user").get("username").asString() + " " + answer.get("response").asString()))
			.as("the oldest answer first")
			.containsExactly(bob.username() + " GOING", carol.username() + " MAYBE", owner.username() + " DECLINED");
		assertThat(seenByCarol.get("responses").get(0).get("answeredAt").asString()).isNotBlank();

		Http.Response bobWavers = rsvp(team, event, bob, "MAYBE");
		assertThat(bobWavers.json().get("counts").toString()).isEqualTo("{\"going\":0,\"maybe\":2,\"declined\":1}");
		assertThat(bobWavers.json().get("responses").get(2).get("user").get("id").asLong())
			.as("a changed answer is the newest")
			.isEqualTo(bob.id());
		JsonNode listed = http.get("/api/teams/" + team + "/events", owner.token()).json().get(0);
		assertThat(listed.get("myResponse").asString()).isEqualTo("DECLINED");
		assertThat(listed.get("counts")).isEqualTo(bobWavers.json().get("counts"));
	}

	@Test
	void theSameAnswerAgainRecordsNothing() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long event = planned(team, owner);
		JsonNode first = rsvp(team, event, owner, "GOING").json();
		long seq = lastSeq(team);

		Http.Response again = rsvp(team, event, owner, "GOING");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first);
		assertThat(lastSeq(team)).isEqualTo(seq);
	}

	@Test
	void refusesAnswersFromStrangersToUnknownEventsAndOfUnknownKinds() {
		var owner = fixtures.user("owner");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(owner);
		long otherTeam = fixtures.team(owner);
		long event = planned(team, owner);
		long seq = lastSeq(team);

		assertProblem(rsvp(team, event, stranger, "GOING"), 404, "not a member");
		assertProblem(rsvp(otherTeam, event, owner, "GOING"), 404, "does not exist");
		assertProblem(rsvp(team, 999_999_999L, owner, "GOING"), 404, "does not exist");
		assertProblem(rsvp(team, event, owner, "YES"), 400, "response");
		assertProblem(http.send("PUT", "/api/teams/" + team + "/events/" + event + "/rsvp", owner.token(), Map.of(),
				Map.of()), 400, "response");
		assertProblem(http.get("/api/teams/" + team + "/events/" + event, stranger.token()), 404, "not a member");
		assertThat(lastSeq(team)).isEqualTo(seq);
	}

	@Test
	void theCreatorAndOwnersEditOtherMembersMayNot() {
		var owner = fixtures.user("owner");
		var creator = fixtures.user("creator");
		var other = fixtures.user("other");
		var stranger = fixtures.user("stranger");
		long team = fixtures.teamWith(owner, creator, other);
		long event = planned(team, creator);

		Http.Response byCreator = patch(team, event, creator,
				Map.of("title", "  Cafe\u0301 ", "location", "Hall B", "timeZone", "Europe/Oslo"));
		assertThat(byCreator.status()).as(byCreator.body()).isEqualTo(200);
		assertThat(byCreator.json().get("title").asString()).as("normalised as on creation").isEqualTo("Caf\u00e9");
		assertThat(byCreator.json().get("location").asString()).isEqualTo("Hall B");
		assertThat(byCreator.json().get("timeZone").asString()).isEqualTo("Europe/Oslo");
		assertThat(byCreator.json().get("updatedAt").asString()).isNotBlank();
		assertThat(Instant.parse(byCreator.json().get("startsAt").asString())).as("left out, so kept")
			.isEqualTo(tomorrow);

		Instant later = tomorrow.plus(2, ChronoUnit.HOURS);
		Http.Response byOwner = patch(team, event, owner, Map.of("startsAt", later.toString()));
		assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
		assertThat(Instant.parse(byOwner.json().get("startsAt").asString())).isEqualTo(later);
		assertThat(byOwner.json().get("title").asString()).isEqualTo(byCreator.json().get("title").asString());

		assertProblem(patch(team, event, other, Map.of("title", "Mine now")), 403, "creator or an owner");
		assertProblem(patch(team, event, stranger, Map.of("title", "Mine now")), 404, "not a member");
		assertThat(http.get("/api/teams/" + team + "/events/" + event, other.token()).json().get("title").asString())
			.isEqualTo(byCreator.json().get("title").asString());
	}

	@Test
	void nullClearsTheOptionalFieldsAndIsRefusedForTheOthers() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long event = create(team, owner,
				Map.of("title", "Regatta", "startsAt", tomorrow.toString(), "endsAt",
						tomorrow.plusSeconds(3600).toString(), "location", "River", "description", "Bring water"))
			.json()
			.get("id")
			.asLong();
		Map<String, Object> clear = new HashMap<>();
		clear.put("endsAt", null);
		clear.put("location", null);
		clear.put("description", null);

		JsonNode cleared = patch(team, event, owner, clear).json();

		assertThat(cleared.get("endsAt").isNull()).isTrue();
		assertThat(cleared.get("location").isNull()).isTrue();
		assertThat(cleared.get("description").isNull()).isTrue();
		assertThat(cleared.get("title").asString()).isEqualTo("Regatta");
		for (String field : List.of("title", "startsAt", "timeZone")) {
			assertProblem(patch(team, event, owner, with(field, null)), 400, "'" + field + "' cannot be cleared");
		}
	}

	@Test
	void refusesInvalidEditsAndStoresNothing() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long event = planned(team, owner);
		long seq = lastSeq(team);

		assertProblem(patch(team, event, owner, Map.of("endsAt", tomorrow.minusSeconds(60).toString())), 400,
				"endsAt must be after startsAt");
		assertProblem(patch(team, event, owner, Map.of("startsAt", tomorrow.plus(1, ChronoUnit.DAYS).toString(),
				"endsAt", tomorrow.plusSeconds(60).toString())), 400, "endsAt must be after startsAt");
		assertProblem(patch(team, event, owner, Map.of("title", "   ")), 400, "title");
		assertProblem(patch(team, event, owner, Map.of("title", "t".repeat(201))), 400, "title");
		assertProblem(patch(team, event, owner, Map.of("location", "two\nlines")), 400, "location");
		assertProblem(patch(team, event, owner, Map.of("timeZone", "Mars/Olympus")), 400, "timeZone");
		assertProblem(patch(team, event, owner, Map.of("startsAt", "next tuesday")), 400,
				"'startsAt' has the wrong type");
		assertProblem(patch(team, event, owner, Map.of("startsAt", "+999999999-12-31T23:59:59Z")), 400, "years");
		assertProblem(patch(team, event, owner, Map.of("title", List.of("x"))), 400, "'title' has the wrong type");
		assertProblem(patch(team, event, owner, Map.of("seq", 1)), 400, "[seq]");
		assertProblem(patch(team, event, owner, List.of("title")), 400, "JSON object");
		assertProblem(patch(team, event, owner, "not json"), 400, "JSON");
		assertProblem(patch(team, 999_999_999L, owner, Map.of("title", "x")), 404, "does not exist");
		assertThat(lastSeq(team)).isEqualTo(seq);
		JsonNode stored = http.get("/api/teams/" + team + "/events/" + event, owner.token()).json();
		assertThat(stored.get("title").asString()).isEqualTo("Training");
		assertThat(stored.get("updatedAt").isNull()).isTrue();
	}

	@Test
	void anEditThatChangesNothingRecordsNothing() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		JsonNode event = plan(team, owner, "Training", tomorrow);
		long seq = lastSeq(team);

		Http.Response same = patch(team, event.get("id").asLong(), owner,
				Map.of("title", " Training ", "startsAt", tomorrow.toString(), "timeZone", "UTC"));
		Http.Response empty = patch(team, event.get("id").asLong(), owner, Map.of());

		assertThat(same.status()).as(same.body()).isEqualTo(200);
		assertThat(same.json()).isEqualTo(event);
		assertThat(empty.json()).isEqualTo(event);
		assertThat(lastSeq(team)).isEqualTo(seq);
	}

	@Test
	void aCancelledEventTakesNoMoreChanges() {
		var owner = fixtures.user("owner");
		var creator = fixtures.user("creator");
		var other = fixtures.user("other");
		long team = fixtures.teamWith(owner, creator, other);
		long event = planned(team, creator);

		assertProblem(cancel(team, event, other), 403, "creator or an owner");
		Http.Response cancelled = cancel(team, event, creator);
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("cancelledAt").asString()).isNotBlank();
		long seq = lastSeq(team);

		assertProblem(cancel(team, event, creator), 409, "cancelled");
		assertProblem(cancel(team, event, owner), 409, "cancelled");
		assertProblem(rsvp(team, event, other, "GOING"), 409, "cancelled");
		assertProblem(patch(team, event, creator, Map.of("title", "Back on")), 409, "cancelled");
		assertThat(lastSeq(team)).isEqualTo(seq);
		JsonNode stillThere = http.get("/api/teams/" + team + "/events/" + event, other.token()).json();
		assertThat(stillThere.get("cancelledAt").asString()).isEqualTo(cancelled.json().get("cancelledAt").asString());
		assertThat(titles(team, owner, "")).isEmpty();

		long byOwner = planned(team, creator);
		assertThat(cancel(team, byOwner, owner).status()).as("an owner cancels anyone's").isEqualTo(200);
	}

	@Test
	void everyChangeIsAnEnvelopeWithTheTeamsNextSeq() {
		var owner = fixtures.user("owner");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(owner, bob);
		long after = lastSeq(team);
		JsonNode created = create(team, owner,
				Map.of("title", "Training", "startsAt", tomorrow.toString(), "timeZone", "Europe/Oslo"))
			.json();
		long event = created.get("id").asLong();
		rsvp(team, event, bob, "GOING");
		JsonNode edited = patch(team, event, owner, Map.of("location", "Hall B", "title", "Match")).json();
		JsonNode cancelled = cancel(team, event, owner).json();

		JsonNode replay = http.get("/api/teams/" + team + "/activity?after=" + after, bob.token()).json();

		assertThat(replay.valueStream().map(e -> e.get("seq").asLong() - after + " " + e.get("type").asString()))
			.containsExactly("1 event.created", "2 event.rsvp.changed", "3 event.updated", "4 event.cancelled");
		JsonNode createdData = replay.get(0).get("data");
		assertThat(createdData.has("myResponse")).as("envelopes carry no caller's answer").isFalse();
		assertThat(createdData.get("seq").asLong()).isEqualTo(after + 1);
		assertThat(createdData.get("timeZone").asString()).isEqualTo("Europe/Oslo");
		assertThat(createdData.get("responses")).isEmpty();

		JsonNode answered = replay.get(1).get("data");
		assertThat(answered.get("eventId").asLong()).isEqualTo(event);
		assertThat(answered.get("user").get("id").asLong()).isEqualTo(bob.id());
		assertThat(answered.get("response").asString()).isEqualTo("GOING");
		assertThat(answered.get("counts").toString()).isEqualTo("{\"going\":1,\"maybe\":0,\"declined\":0}");

		JsonNode updated = replay.get(2).get("data");
		assertThat(updated.get("changed").valueStream().map(JsonNode::asString)).containsExactly("title", "location");
		assertThat(updated.get("event").get("location").asString()).isEqualTo("Hall B");
		assertThat(updated.get("event").get("seq").asLong()).as("the event's own seq").isEqualTo(after + 1);
		assertThat(updated.get("event").get("updatedAt")).isEqualTo(edited.get("updatedAt"));
		assertThat(updated.get("event").get("responses").get(0).get("response").asString()).isEqualTo("GOING");

		JsonNode cancellation = replay.get(3).get("data");
		assertThat(cancellation.get("cancelledBy").get("id").asLong()).isEqualTo(owner.id());
		assertThat(cancellation.get("event").get("cancelledAt")).isEqualTo(cancelled.get("cancelledAt"));
		assertThat(cancellation.get("event").has("myResponse")).isFalse();
	}

	@Test
	void subscribersReceiveTheChanges() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		try (TeamProbe probe = new TeamProbe(context, team)) {
			long event = planned(team, owner);
			rsvp(team, event, owner, "MAYBE");
			JsonNode edited = patch(team, event, owner, Map.of("description", "Bring shoes")).json();
			cancel(team, event, owner);

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.envelopes().size() >= 4);
			assertThat(probe.envelopes().stream().map(e -> e.get("type").asString())).containsExactly("event.created",
					"event.rsvp.changed", "event.updated", "event.cancelled");
			assertThat(probe.envelopes().get(2).get("data").get("event").get("description").asString())
				.isEqualTo(edited.get("description").asString());
		}
	}

	@Test
	void membersGoingOrMaybeHearOfANewTimeOrPlaceAndOfACancellation() {
		var owner = fixtures.user("owner");
		var going = fixtures.user("going");
		var maybe = fixtures.user("maybe");
		var declined = fixtures.user("declined");
		var silent = fixtures.user("silent");
		long team = fixtures.teamWith(owner, going, maybe, declined, silent);
		long event = planned(team, owner);
		rsvp(team, event, going, "GOING");
		rsvp(team, event, maybe, "MAYBE");
		rsvp(team, event, declined, "DECLINED");
		rsvp(team, event, owner, "GOING");

		patch(team, event, owner, Map.of("title", "Renamed", "description", "Only words changed"));
		assertThat(eventNotifications(going)).as("a new title is no news to plan by").isEmpty();

		patch(team, event, owner, Map.of("location", "Hall C"));
		for (var member : List.of(going, maybe)) {
			List<JsonNode> inbox = eventNotifications(member);
			assertThat(inbox).hasSize(1);
			assertThat(inbox.get(0).get("type").asString()).isEqualTo("event.updated");
			assertThat(inbox.get(0).get("teamId").asLong()).isEqualTo(team);
			assertThat(inbox.get(0).get("data").get("changed").valueStream().map(JsonNode::asString))
				.containsExactly("location");
			assertThat(inbox.get(0).get("data").get("event").get("location").asString()).isEqualTo("Hall C");
		}

		cancel(team, event, owner);
		for (var member : List.of(going, maybe)) {
			List<JsonNode> inbox = eventNotifications(member);
			assertThat(inbox.stream().map(n -> n.get("type").asString())).containsExactly("event.cancelled",
					"event.updated");
			assertThat(inbox.get(0).get("data").get("cancelledBy").get("id").asLong()).isEqualTo(owner.id());
			assertThat(inbox.get(0).get("data").get("event").get("cancelledAt").asString()).isNotBlank();
		}
		for (var member : List.of(declined, silent, owner)) {
			assertThat(eventNotifications(member)).as(member.username()).isEmpty();
		}
	}

	@Test
	void aMemberWhoLeftNoLongerCountsNorHears() {
		var owner = fixtures.user("owner");
		var leaver = fixtures.user("leaver");
		long team = fixtures.teamWith(owner, leaver);
		long event = planned(team, owner);
		rsvp(team, event, leaver, "GOING");

		assertThat(http.delete("/api/teams/" + team + "/members/" + leaver.id(), owner.token()).status())
			.isEqualTo(204);
		JsonNode cancelled = cancel(team, event, owner).json();

		assertThat(cancelled.get("counts").get("going").asInt()).isZero();
		assertThat(cancelled.get("responses")).isEmpty();
		assertThat(eventNotifications(leaver)).isEmpty();
	}

}
