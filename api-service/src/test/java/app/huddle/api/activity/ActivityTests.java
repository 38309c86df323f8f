package app.huddle.api.activity;

import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTests extends ApiTests {

	@Test
	void replaysTheTeamsEnvelopesAfterASeq() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		long team = fixtures.teamWith(owner, member);
		long message = http.post("/api/teams/" + team + "/messages", member.token(), Map.of("body", "hi"))
			.json()
			.get("id")
			.asLong();
		http.delete("/api/teams/" + team + "/members/" + member.id(), member.token());

		JsonNode all = http.get("/api/teams/" + team + "/activity", owner.token()).json();

		assertThat(all.valueStream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()))
			.containsExactly("1 member.joined", "2 member.joined", "3 chat.message.created", "4 member.left");
		JsonNode chat = all.get(2);
		assertThat(chat.get("teamId").asLong()).isEqualTo(team);
		assertThat(chat.get("id").asString()).hasSize(36);
		assertThat(chat.get("occurredAt").asString()).isNotBlank();
		assertThat(chat.get("data").get("id").asLong()).isEqualTo(message);
		assertThat(chat.get("data").get("body").asString()).isEqualTo("hi");
		assertThat(all.get(3).get("data").get("user").get("id").asLong()).isEqualTo(member.id());

		JsonNode after = http.get("/api/teams/" + team + "/activity?after=2&limit=1", owner.token()).json();
		assertThat(after.valueStream().map(e -> e.get("seq").asLong())).containsExactly(3L);
	}

	@Test
	void onlyMembersCatchUp() {
		var owner = fixtures.user("owner");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(owner);

		assertProblem(http.get("/api/teams/" + team + "/activity", stranger.token()), 404, "not a member");
		assertProblem(http.get("/api/teams/" + team + "/activity?after=-1", owner.token()), 400, "");
		assertProblem(http.get("/api/teams/" + team + "/activity?limit=501", owner.token()), 400, "");
	}

}
