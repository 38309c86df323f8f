package app.huddle.api.readmarker;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.api.outbox.UserProbe;
import app.huddle.testsupport.Fixtures.User;
import app.huddle.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReadMarkerTests extends ApiTests {

	@Autowired
	ApplicationContext context;

	private Http.Response markRead(long team, User user, Object seq) {
		return http.send("PUT", "/api/teams/" + team + "/read", user.token(), Map.of("seq", seq), Map.of());
	}

	private JsonNode teamIn(User user, long team) {
		return http.get("/api/teams", user.token())
			.json()
			.valueStream()
			.filter(t -> t.get("id").asLong() == team)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theMarkerNeverMovesBackwards() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		for (int i = 0; i < 4; i++) {
			fixtures.post(team, alice, "m" + i);
		}

		Http.Response forward = markRead(team, alice, 4);
		Http.Response back = markRead(team, alice, 2);
		Http.Response again = markRead(team, alice, 4);

		assertThat(forward.status()).as(forward.body()).isEqualTo(200);
		assertThat(forward.json().get("teamId").asLong()).isEqualTo(team);
		assertThat(forward.json().get("seq").asLong()).isEqualTo(4);
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.json().get("seq").asLong()).as("the stored marker, not the one asked for").isEqualTo(4);
		assertThat(again.json().get("seq").asLong()).isEqualTo(4);
		assertThat(teamIn(alice, team).get("readSeq").asLong()).isEqualTo(4);
	}

	@Test
	void unreadCountsOnlyLiveMessagesOfOthersAfterTheMarker() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		long deleted = fixtures.post(team, bob, "soon gone").get("id").asLong();
		long edited = fixtures.post(team, bob, "first").get("id").asLong();
		fixtures.post(team, bob, "second");
		fixtures.post(team, alice, "mine");
		http.send("PATCH", "/api/teams/" + team + "/messages/" + edited, bob.token(), Map.of("body", "first!"),
				Map.of());
		assertThat(http.delete("/api/teams/" + team + "/messages/" + deleted, bob.token()).status()).isEqualTo(204);

		JsonNode forAlice = teamIn(alice, team);
		assertThat(forAlice.get("unread").asInt()).as("bob's two live messages; not hers, not the deleted one")
			.isEqualTo(2);
		assertThat(forAlice.get("readSeq").asLong()).isZero();
		assertThat(forAlice.get("lastSeq").asLong()).isEqualTo(fixtures.lastSeq(team, alice));
		assertThat(teamIn(bob, team).get("unread").asInt()).isEqualTo(1);
		assertThat(http.get("/api/teams/" + team, alice.token()).json().get("unread").asInt()).isEqualTo(2);

		Http.Response read = markRead(team, alice, forAlice.get("lastSeq").asLong());
		assertThat(read.json().get("unread").asInt()).isZero();
		assertThat(teamIn(alice, team).get("unread").asInt()).isZero();
		assertThat(teamIn(bob, team).get("unread").asInt()).as("markers are per member").isEqualTo(1);

		fixtures.post(team, bob, "third");
		assertThat(teamIn(alice, team).get("unread").asInt()).isEqualTo(1);
	}

	@Test
	void refusesASeqTheTeamHasNotReached() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long last = fixtures.lastSeq(team, alice);

		assertProblem(markRead(team, alice, last + 1), 400, "beyond the latest seq");
		assertProblem(markRead(team, alice, -1), 400, "seq");
		assertProblem(markRead(team, alice, "soon"), 400, "JSON");
		assertProblem(http.send("PUT", "/api/teams/" + team + "/read", alice.token(), Map.of(), Map.of()), 400, "seq");
		assertThat(teamIn(alice, team).get("readSeq").asLong()).isZero();
		assertThat(markRead(team, alice, last).status()).isEqualTo(200);
	}

	@Test
	void onlyMembersHaveMarkers() {
		var alice = fixtures.user("alice");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(alice);

		assertProblem(markRead(team, stranger, 1), 404, "not a member");
		assertProblem(markRead(999_999_999L, alice, 1), 404, "not a member");
		assertProblem(http.send("PUT", "/api/teams/" + team + "/read", null, Map.of("seq", 1), Map.of()), 401,
				"sign in");
	}

	@Test
	void aMoveReachesTheMembersOtherDevicesButNotTheirInbox() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		fixtures.post(team, bob, "one");
		fixtures.post(team, bob, "two");
		long last = fixtures.lastSeq(team, alice);
		String key = "user." + alice.id() + ".chat.read.updated";

		try (UserProbe live = new UserProbe(context, alice.id())) {
			markRead(team, alice, last - 1);
			markRead(team, alice, last - 1);
			markRead(team, alice, 1);
			markRead(team, alice, last);

			await().atMost(Duration.ofSeconds(10)).until(() -> live.envelopes(key).size() >= 2);
			List<JsonNode> moves = live.envelopes(key);
			assertThat(moves).as("only real moves are announced").hasSize(2);
			JsonNode latest = moves.get(1);
			assertThat(latest.get("type").asString()).isEqualTo("chat.read.updated");
			assertThat(latest.get("teamId").asLong()).isEqualTo(team);
			assertThat(latest.get("seq").isNull()).isTrue();
			assertThat(latest.get("data").get("teamId").asLong()).isEqualTo(team);
			assertThat(latest.get("data").get("seq").asLong()).isEqualTo(last);
			assertThat(latest.get("data").get("unread").asInt()).isZero();
			assertThat(moves.get(0).get("data").get("unread").asInt()).isEqualTo(1);
		}
		assertThat(
				http.get("/api/notifications", alice.token()).json().valueStream().map(n -> n.get("type").asString()))
			.as("not an inbox entry")
			.isNotEmpty()
			.doesNotContain("chat.read.updated");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc().sql("SELECT count(*) FROM personal_signals WHERE user_id = ?")
				.param(alice.id())
				.query(Long.class)
				.single()).as("published signals are deleted").isZero());
	}

	@Test
	void leavingTheTeamForgetsTheMarker() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		fixtures.post(team, alice, "hello");
		markRead(team, bob, fixtures.lastSeq(team, bob));

		assertThat(http.delete("/api/teams/" + team + "/members/" + bob.id(), bob.token()).status()).isEqualTo(204);
		fixtures.join(team, alice, bob);

		assertThat(teamIn(bob, team).get("readSeq").asLong()).isZero();
		assertThat(teamIn(bob, team).get("unread").asInt()).isEqualTo(1);
	}

	private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
		return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
	}

}
