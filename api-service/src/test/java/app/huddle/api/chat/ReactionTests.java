package app.huddle.api.chat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

class ReactionTests extends ApiTests {

	private static final String THUMBS_UP = "\uD83D\uDC4D";

	private static final String HEART = "\u2764\uFE0F";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private long post(long team, Fixtures.User author, String body) {
		return fixtures.post(team, author, body).get("id").asLong();
	}

	private static String path(long team, long message, String emoji) {
		return "/api/teams/" + team + "/messages/" + message + "/reactions/"
				+ URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private Http.Response react(long team, long message, String token, String emoji) {
		return http.send("PUT", path(team, message, emoji), token, null, Map.of());
	}

	private Http.Response unreact(long team, long message, String token, String emoji) {
		return http.delete(path(team, message, emoji), token);
	}

	private JsonNode history(long team, String token) {
		return http.get("/api/teams/" + team + "/messages", token).json();
	}

	private long lastSeq(long team) {
		return jdbc.sql("SELECT last_seq FROM teams WHERE id = ?").param(team).query(Long.class).single();
	}

	/** "👍 2 alice,bob" per emoji. */
	private static java.util.List<String> summary(JsonNode reactions) {
		return reactions.valueStream()
			.map(r -> r.get("emoji").asString() + " " + r.get("count").asInt() + " "
					+ String.join(",", r.get("users").valueStream().map(u -> u.get("username").asString()).toList()))
			.toList();
	}

	@Test
	void membersReactAndEveryViewShowsCountsAndWho() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		long message = post(team, alice, "lunch?");

		Http.Response first = react(team, message, alice.token(), THUMBS_UP);
		react(team, message, bob.token(), HEART);
		Http.Response third = react(team, message, bob.token(), THUMBS_UP);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("id").asLong()).isEqualTo(message);
		assertThat(first.json().get("body").asString()).isEqualTo("lunch?");
		assertThat(summary(first.json().get("reactions"))).containsExactly(THUMBS_UP + " 1 " + alice.username());
		String expected = THUMBS_UP + " 2 " + alice.username() + "," + bob.username();
		assertThat(summary(third.json().get("reactions"))).as("in the order each emoji was first used")
			.containsExactly(expected, HEART + " 1 " + bob.username());
		assertThat(third.json().get("reactions").get(0).get("users").get(0).get("displayName").asString()).isNotBlank();
		assertThat(summary(history(team, alice.token()).get(0).get("reactions"))).containsExactly(expected,
				HEART + " 1 " + bob.username());
		assertThat(fixtures.post(team, bob, "new").get("reactions").isEmpty()).as("a new message has none").isTrue();
		JsonNode edited = http
			.send("PATCH", "/api/teams/" + team + "/messages/" + message, alice.token(), Map.of("body", "lunch!"),
					Map.of())
			.json();
		assertThat(summary(edited.get("reactions"))).as("an edit keeps them").hasSize(2);
	}

	@Test
	void reactingTwiceAndRemovingAMissingReactionChangeNothingAndRecordNoActivity() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long message = post(team, alice, "idempotent");
		react(team, message, alice.token(), THUMBS_UP);
		long seq = lastSeq(team);

		Http.Response again = react(team, message, alice.token(), THUMBS_UP);
		Http.Response missing = unreact(team, message, alice.token(), HEART);

		assertThat(again.status()).isEqualTo(200);
		assertThat(summary(again.json().get("reactions"))).containsExactly(THUMBS_UP + " 1 " + alice.username());
		assertThat(missing.status()).isEqualTo(200);
		assertThat(summary(missing.json().get("reactions"))).containsExactly(THUMBS_UP + " 1 " + alice.username());
		assertThat(lastSeq(team)).as("no seq taken").isEqualTo(seq);
		assertThat(jdbc.sql("SELECT count(*) FROM message_reactions WHERE message_id = ?")
			.param(message)
			.query(Long.class)
			.single()).isEqualTo(1);

		Http.Response removed = unreact(team, message, alice.token(), THUMBS_UP);
		Http.Response removedAgain = unreact(team, message, alice.token(), THUMBS_UP);

		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().get("reactions").isEmpty()).as("an emoji nobody uses any more is gone").isTrue();
		assertThat(removedAgain.status()).isEqualTo(200);
		assertThat(lastSeq(team)).as("one seq, for the removal").isEqualTo(seq + 1);
	}

	@Test
	void onlyMembersReactToMessagesOfTheirTeam() {
		var alice = fixtures.user("alice");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(alice);
		long otherTeam = fixtures.team(stranger);
		long message = post(team, alice, "members only");
		long elsewhere = post(otherTeam, stranger, "another team");

		assertProblem(react(team, message, stranger.token(), THUMBS_UP), 404, "not a member");
		assertProblem(unreact(team, message, stranger.token(), THUMBS_UP), 404, "not a member");
		assertProblem(react(team, message, null, THUMBS_UP), 401, "sign in");
		assertProblem(react(team, elsewhere, alice.token(), THUMBS_UP), 404, "does not exist");
		assertProblem(react(otherTeam, elsewhere, alice.token(), THUMBS_UP), 404, "not a member");
		assertProblem(react(team, 999_999_999L, alice.token(), THUMBS_UP), 404, "does not exist");
		assertThat(history(team, alice.token()).get(0).get("reactions").isEmpty()).isTrue();
	}

	@Test
	void acceptsOneEmojiOfAnyKindAndRejectsAnythingElse() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long message = post(team, alice, "emoji");
		String[] emoji = { THUMBS_UP, HEART, "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC69\u200D\uD83D\uDCBB",
				"\uD83C\uDDF3\uD83C\uDDF4", "1\uFE0F\u20E3", "\uD83C\uDF89" };
		for (String one : emoji) {
			assertThat(react(team, message, alice.token(), one).status()).as(one).isEqualTo(200);
		}
		long seq = lastSeq(team);

		for (String bad : new String[] { "a", "1", "ab", ":+1:", THUMBS_UP + THUMBS_UP, THUMBS_UP + "a", "a\u0301", " ",
				"\u200D", "\uD83D\uDC4D".repeat(17) }) {
			assertProblem(react(team, message, alice.token(), bad), 400, "single emoji");
		}
		assertProblem(unreact(team, message, alice.token(), "x"), 400, "single emoji");
		assertProblem(
				http.send("PUT", "/api/teams/" + team + "/messages/abc/reactions/x", alice.token(), null, Map.of()),
				400, "messageId");
		assertThat(summary(history(team, alice.token()).get(0).get("reactions"))).hasSize(emoji.length);
		assertThat(lastSeq(team)).as("no seq spent on a rejected reaction").isEqualTo(seq);
	}

	@Test
	void aDeletedMessageLosesItsReactionsAndTakesNoMore() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		long message = post(team, alice, "soon gone");
		react(team, message, bob.token(), THUMBS_UP);
		assertThat(http.delete("/api/teams/" + team + "/messages/" + message, alice.token()).status()).isEqualTo(204);

		assertProblem(react(team, message, bob.token(), HEART), 404, "was deleted");
		assertProblem(unreact(team, message, bob.token(), THUMBS_UP), 404, "was deleted");
		JsonNode placeholder = history(team, bob.token()).get(0);
		assertThat(placeholder.get("deleted").asBoolean()).isTrue();
		assertThat(placeholder.get("reactions").isEmpty()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM message_reactions WHERE message_id = ?")
			.param(message)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void subscribersAndCatchUpGetEachReactionWithItsOwnSeq() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		long message = post(team, alice, "react to me");
		long before = lastSeq(team);
		try (TeamProbe probe = new TeamProbe(context, team)) {
			react(team, message, bob.token(), THUMBS_UP);
			react(team, message, bob.token(), THUMBS_UP);
			react(team, message, alice.token(), THUMBS_UP);
			unreact(team, message, bob.token(), THUMBS_UP);

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.envelopes().size() >= 3);
			assertThat(probe.envelopes()
				.stream()
				.map(e -> (e.get("seq").asLong() - before) + " " + e.get("type").asString()))
				.containsExactly("1 chat.reaction.added", "2 chat.reaction.added", "3 chat.reaction.removed");
			JsonNode removed = probe.envelopes().get(2).get("data");
			assertThat(removed.get("messageId").asLong()).isEqualTo(message);
			assertThat(removed.get("emoji").asString()).isEqualTo(THUMBS_UP);
			assertThat(removed.get("user").get("id").asLong()).isEqualTo(bob.id());
			assertThat(summary(removed.get("reactions"))).containsExactly(THUMBS_UP + " 1 " + alice.username());
			assertThat(summary(probe.envelopes().get(1).get("data").get("reactions")))
				.containsExactly(THUMBS_UP + " 2 " + bob.username() + "," + alice.username());
		}

		JsonNode replay = http.get("/api/teams/" + team + "/activity?after=" + before, alice.token()).json();
		assertThat(replay.valueStream().map(e -> e.get("type").asString())).containsExactly("chat.reaction.added",
				"chat.reaction.added", "chat.reaction.removed");
		assertThat(summary(replay.get(2).get("data").get("reactions")))
			.containsExactly(THUMBS_UP + " 1 " + alice.username());
	}

}
