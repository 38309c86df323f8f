package app.huddle.api.chat;

import app.huddle.testsupport.Http;
import java.util.HashMap;
import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTests extends ApiTests {

	@Autowired
	JdbcClient jdbc;

	private Http.Response post(long team, String token, String body, String clientId) {
		Map<String, String> message = new HashMap<>();
		message.put("body", body);
		if (clientId != null) {
			message.put("clientId", clientId);
		}
		return http.post("/api/teams/" + team + "/messages", token, message);
	}

	@Test
	void postsAMessageWithTheNextSeq() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);

		Http.Response first = post(team, owner.token(), "hello <b>team</b>", null);
		Http.Response second = post(team, owner.token(), "again", null);

		assertThat(first.status()).isEqualTo(201);
		JsonNode message = first.json();
		assertThat(message.get("teamId").asLong()).isEqualTo(team);
		assertThat(message.get("body").asString()).isEqualTo("hello <b>team</b>");
		assertThat(message.get("author").get("username").asString()).isEqualTo(owner.username());
		assertThat(message.get("createdAt").asString()).isNotBlank();
		assertThat(message.get("seq").asLong()).as("seq 1 is the owner joining").isEqualTo(2);
		assertThat(second.json().get("seq").asLong()).isEqualTo(3);
	}

	@Test
	void aRepeatedClientIdReturnsTheFirstMessage() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);

		Http.Response first = post(team, owner.token(), "once", "c-123");
		Http.Response retry = post(team, owner.token(), "once", "c-123");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(retry.json().get("seq").asLong()).isEqualTo(first.json().get("seq").asLong());
		assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE team_id = ?").param(team).query(Long.class).single())
			.isEqualTo(1);
		assertThat(post(team, owner.token(), "next", "c-124").json().get("seq").asLong())
			.as("no seq was spent on the retry")
			.isEqualTo(first.json().get("seq").asLong() + 1);
	}

	@Test
	void pagesHistoryOldestFirst() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		for (int i = 1; i <= 5; i++) {
			post(team, owner.token(), "m" + i, null);
		}

		JsonNode latest = http.get("/api/teams/" + team + "/messages?limit=2", owner.token()).json();
		assertThat(latest.valueStream().map(m -> m.get("body").asString())).containsExactly("m4", "m5");

		long before = latest.get(0).get("id").asLong();
		JsonNode older = http.get("/api/teams/" + team + "/messages?limit=2&before=" + before, owner.token()).json();
		assertThat(older.valueStream().map(m -> m.get("body").asString())).containsExactly("m2", "m3");

		JsonNode all = http.get("/api/teams/" + team + "/messages", owner.token()).json();
		assertThat(all.valueStream().map(m -> m.get("body").asString())).containsExactly("m1", "m2", "m3", "m4", "m5");
	}

	@Test
	void onlyMembersChat() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		var stranger = fixtures.user("stranger");
		long team = fixtures.teamWith(owner, member);

		assertThat(post(team, member.token(), "member speaks", null).status()).isEqualTo(201);
		assertProblem(post(team, stranger.token(), "let me in", null), 404, "not a member");
		assertProblem(http.get("/api/teams/" + team + "/messages", stranger.token()), 404, "not a member");
		assertProblem(http.get("/api/teams/" + team + "/messages", null), 401, "sign in");
	}

	@Test
	void rejectsInvalidMessages() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);

		assertProblem(post(team, owner.token(), "   ", null), 400, "body");
		assertProblem(post(team, owner.token(), "x".repeat(4001), null), 400, "body");
		assertThat(post(team, owner.token(), "x".repeat(4000), null).status()).isEqualTo(201);
		assertProblem(post(team, owner.token(), "ok", "bad id with spaces"), 400, "clientId");
		assertProblem(http.post("/api/teams/" + team + "/messages", owner.token(), "{\"body\": {}}"), 400, "JSON");
		assertProblem(http.post("/api/teams/" + team + "/messages", owner.token(), "not json"), 400, "JSON");
		assertProblem(http.get("/api/teams/" + team + "/messages?limit=0", owner.token()), 400, "");
		assertProblem(http.get("/api/teams/" + team + "/messages?limit=101", owner.token()), 400, "");
		assertProblem(http.get("/api/teams/" + team + "/messages?before=xyz", owner.token()), 400, "before");
	}

}
