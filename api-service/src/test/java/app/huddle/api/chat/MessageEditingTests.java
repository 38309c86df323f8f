package app.huddle.api.chat;

import java.time.Duration;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.api.outbox.TeamProbe;
import app.huddle.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MessageEditingTests extends ApiTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private long post(long team, String token, String body) {
		Http.Response posted = http.post("/api/teams/" + team + "/messages", token, Map.of("body", body));
		assertThat(posted.status()).isEqualTo(201);
		return posted.json().get("id").asLong();
	}

	private Http.Response edit(long team, long message, String token, Object body) {
		return http.send("PATCH", "/api/teams/" + team + "/messages/" + message, token, body, Map.of());
	}

	private Http.Response delete(long team, long message, String token) {
		return http.delete("/api/teams/" + team + "/messages/" + message, token);
	}

	private JsonNode history(long team, String token) {
		return http.get("/api/teams/" + team + "/messages", token).json();
	}

	@Test
	void theAuthorEditsAndTheHistoryShowsWhen() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long message = post(team, owner.token(), "helo");

		Http.Response edited = edit(team, message, owner.token(), Map.of("body", "  hello\u0301 "));

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("id").asLong()).isEqualTo(message);
		assertThat(edited.json().get("body").asString()).as("normalised as a post is").isEqualTo("hell\u00f3");
		assertThat(edited.json().get("seq").asLong()).as("the message keeps its place").isEqualTo(2);
		assertThat(edited.json().get("editedAt").asString()).isNotBlank();
		assertThat(edited.json().get("deleted").asBoolean()).isFalse();
		JsonNode inHistory = history(team, owner.token()).get(0);
		assertThat(inHistory.get("body").asString()).isEqualTo("hell\u00f3");
		assertThat(inHistory.get("editedAt").asString()).isEqualTo(edited.json().get("editedAt").asString());
	}

	@Test
	void aDeletedMessageLeavesAPlaceholderWithoutItsText() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long first = post(team, owner.token(), "secret");
		post(team, owner.token(), "stays");
		edit(team, first, owner.token(), Map.of("body", "secret, edited"));

		assertThat(delete(team, first, owner.token()).status()).isEqualTo(204);

		JsonNode history = history(team, owner.token());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("id").asLong()).isEqualTo(first);
		assertThat(history.get(0).get("deleted").asBoolean()).isTrue();
		assertThat(history.get(0).get("body").isNull()).isTrue();
		assertThat(history.get(0).toString()).doesNotContain("secret");
		assertThat(history.get(0).get("editedAt").asString()).as("when it was last edited").isNotBlank();
		assertThat(history.get(1).get("deleted").asBoolean()).isFalse();
		assertThat(history.get(1).get("editedAt").isNull()).isTrue();
		assertThat(jdbc.sql("SELECT body IS NULL AND deleted FROM messages WHERE id = ?")
			.param(first)
			.query(Boolean.class)
			.single()).as("the text is wiped in the row").isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM team_activities WHERE team_id = ? AND envelope::text LIKE '%secret%'")
			.param(team)
			.query(Long.class)
			.single()).as("envelopes holding the text").isZero();
		JsonNode replay = http.get("/api/teams/" + team + "/activity", owner.token()).json();
		assertThat(replay.valueStream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()))
			.as("the envelopes keep their seqs and types")
			.containsExactly("1 member.joined", "2 chat.message.created", "3 chat.message.created",
					"4 chat.message.edited", "5 chat.message.deleted");
		for (int i : new int[] { 1, 3, 4 }) {
			assertThat(replay.get(i).get("data").get("id").asLong()).isEqualTo(first);
			assertThat(replay.get(i).get("data").get("deleted").asBoolean()).as("replayed as the placeholder").isTrue();
			assertThat(replay.get(i).get("data").get("body").isNull()).isTrue();
		}
		assertThat(replay.get(2).get("data").get("body").asString()).isEqualTo("stays");
	}

	@Test
	void aDeletedMessageCanBeNeitherEditedNorDeletedAgain() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long message = post(team, owner.token(), "soon gone");
		delete(team, message, owner.token());

		assertProblem(edit(team, message, owner.token(), Map.of("body", "back")), 404, "was deleted");
		assertProblem(delete(team, message, owner.token()), 404, "was deleted");
		assertProblem(edit(team, 999_999_999L, owner.token(), Map.of("body", "x")), 404, "does not exist");
	}

	@Test
	void onlyTheAuthorEditsAndOnlyTheAuthorOrAnOwnerDeletes() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		var other = fixtures.user("other");
		var stranger = fixtures.user("stranger");
		long team = fixtures.teamWith(owner, member, other);
		long byMember = post(team, member.token(), "mine");
		long byOwner = post(team, owner.token(), "the owner's");

		assertProblem(edit(team, byMember, owner.token(), Map.of("body", "owners may not edit")), 403, "author");
		assertProblem(edit(team, byMember, other.token(), Map.of("body", "nor may others")), 403, "author");
		assertProblem(delete(team, byMember, other.token()), 403, "owner");
		assertProblem(delete(team, byOwner, member.token()), 403, "owner");
		assertProblem(edit(team, byMember, stranger.token(), Map.of("body", "hi")), 404, "not a member");
		assertProblem(delete(team, byMember, stranger.token()), 404, "not a member");
		assertProblem(edit(team, byMember, null, Map.of("body", "hi")), 401, "sign in");

		assertThat(edit(team, byMember, member.token(), Map.of("body", "mine, edited")).status()).isEqualTo(200);
		assertThat(delete(team, byMember, owner.token()).status()).as("an owner deletes anyone's").isEqualTo(204);
		assertThat(delete(team, byOwner, owner.token()).status()).isEqualTo(204);
		assertThat(history(team, member.token()).valueStream().map(m -> m.get("deleted").asBoolean()))
			.containsExactly(true, true);
	}

	@Test
	void aMessageOfAnotherTeamIsNotFound() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long otherTeam = fixtures.team(owner);
		long message = post(otherTeam, owner.token(), "elsewhere");

		assertProblem(edit(team, message, owner.token(), Map.of("body", "x")), 404, "does not exist");
		assertProblem(delete(team, message, owner.token()), 404, "does not exist");
	}

	@Test
	void rejectsInvalidEdits() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long message = post(team, owner.token(), "original");

		assertProblem(edit(team, message, owner.token(), Map.of("body", "   ")), 400, "body");
		assertProblem(edit(team, message, owner.token(), Map.of("body", "x".repeat(4001))), 400, "body");
		assertProblem(edit(team, message, owner.token(), Map.of("body", "bell\u0007")), 400, "body");
		assertProblem(edit(team, message, owner.token(), Map.of()), 400, "body");
		assertProblem(edit(team, message, owner.token(), "not json"), 400, "JSON");
		assertProblem(http.send("PATCH", "/api/teams/" + team + "/messages/abc", owner.token(), Map.of("body", "x"),
				Map.of()), 400, "messageId");
		assertThat(edit(team, message, owner.token(), Map.of("body", "x".repeat(4000))).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT last_seq FROM teams WHERE id = ?").param(team).query(Long.class).single())
			.as("no seq was spent on a rejected edit")
			.isEqualTo(3);
	}

	@Test
	void catchUpReplaysEditsAndDeletionsWithTheirOwnSeqs() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		long message = post(team, owner.token(), "draft");
		edit(team, message, owner.token(), Map.of("body", "final"));

		JsonNode edited = http.get("/api/teams/" + team + "/activity?after=2", owner.token()).json();
		assertThat(edited.valueStream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()))
			.containsExactly("3 chat.message.edited");
		assertThat(edited.get(0).get("data").get("id").asLong()).isEqualTo(message);
		assertThat(edited.get(0).get("data").get("seq").asLong()).as("the message's own seq").isEqualTo(2);
		assertThat(edited.get(0).get("data").get("body").asString()).isEqualTo("final");
		assertThat(edited.get(0).get("data").get("editedAt").asString()).isNotBlank();

		delete(team, message, owner.token());
		JsonNode after = http.get("/api/teams/" + team + "/activity?after=3", owner.token()).json();

		assertThat(after.valueStream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()))
			.containsExactly("4 chat.message.deleted");
		assertThat(after.get(0).get("id").asString()).isNotEqualTo(edited.get(0).get("id").asString());
		after = http.get("/api/teams/" + team + "/activity?after=2", owner.token()).json();
		assertThat(after.get(1).get("data").get("id").asLong()).isEqualTo(message);
		assertThat(after.get(1).get("data").get("deleted").asBoolean()).isTrue();
		assertThat(after.get(1).get("data").get("body").isNull()).isTrue();
	}

	@Test
	void subscribersReceiveTheEditAndTheDeletion() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		try (TeamProbe probe = new TeamProbe(context, team)) {
			long message = post(team, owner.token(), "draft");
			JsonNode edited = edit(team, message, owner.token(), Map.of("body", "final")).json();
			delete(team, message, owner.token());

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.envelopes().size() >= 3);
			assertThat(probe.envelopes().stream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()))
				.containsExactly("2 chat.message.created", "3 chat.message.edited", "4 chat.message.deleted");
			assertThat(probe.envelopes().get(1).get("data")).isEqualTo(edited);
			assertThat(probe.envelopes().get(2).get("data").get("deleted").asBoolean()).isTrue();
			assertThat(probe.envelopes().get(2).get("data").get("body").isNull()).isTrue();
		}
	}

}
