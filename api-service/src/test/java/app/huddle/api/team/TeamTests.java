package app.huddle.api.team;

import app.huddle.testsupport.Http;
import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TeamTests extends ApiTests {

	@Test
	void creatorOwnsTheNewTeam() {
		var owner = fixtures.user("owner");
		Http.Response created = http.post("/api/teams", owner.token(),
				Map.of("name", " Rowing club ", "description", "Boats"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo("Rowing club");
		assertThat(created.json().get("description").asString()).isEqualTo("Boats");
		assertThat(created.json().get("role").asString()).isEqualTo("OWNER");
	}

	@Test
	void listsOnlyTheCallersTeams() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long alicesTeam = fixtures.team(alice);
		long bobsTeam = fixtures.team(bob);

		JsonNode mine = http.get("/api/teams", alice.token()).json();

		assertThat(mine.valueStream().map(team -> team.get("id").asLong())).contains(alicesTeam)
			.doesNotContain(bobsTeam);
	}

	@Test
	void showsMembersWithRolesToMembersOnly() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		var stranger = fixtures.user("stranger");
		long team = fixtures.teamWith(owner, member);

		Http.Response asMember = http.get("/api/teams/" + team, member.token());
		assertThat(asMember.status()).isEqualTo(200);
		assertThat(asMember.json().get("role").asString()).isEqualTo("MEMBER");
		assertThat(asMember.json()
			.get("members")
			.valueStream()
			.map(m -> m.get("username").asString() + ":" + m.get("role").asString()))
			.containsExactlyInAnyOrder(owner.username() + ":OWNER", member.username() + ":MEMBER");

		assertProblem(http.get("/api/teams/" + team, stranger.token()), 404, "not a member");
		assertProblem(http.get("/api/teams/" + team, null), 401, "sign in");
		assertProblem(http.get("/api/teams/999999999", owner.token()), 404, "does not exist");
		assertProblem(http.get("/api/teams/abc", owner.token()), 400, "teamId");
	}

	@Test
	void memberLeavesAndOwnerRemoves() {
		var owner = fixtures.user("owner");
		var leaver = fixtures.user("leaver");
		var removed = fixtures.user("removed");
		long team = fixtures.teamWith(owner, leaver);
		fixtures.join(team, owner, removed);

		assertProblem(http.delete("/api/teams/" + team + "/members/" + removed.id(), leaver.token()), 403, "owner");
		assertThat(http.delete("/api/teams/" + team + "/members/" + leaver.id(), leaver.token()).status())
			.isEqualTo(204);
		assertThat(http.delete("/api/teams/" + team + "/members/" + removed.id(), owner.token()).status())
			.isEqualTo(204);

		assertProblem(http.get("/api/teams/" + team, leaver.token()), 404, "not a member");
		var notice = http.get("/api/notifications", removed.token()).json().get(0);
		assertThat(notice.get("type").asString()).isEqualTo("member.left");
		assertThat(notice.get("data").get("removedBy").get("id").asLong()).isEqualTo(owner.id());
		assertThat(
				http.get("/api/notifications", leaver.token()).json().valueStream().map(n -> n.get("type").asString()))
			.as("leaving yourself is no news")
			.doesNotContain("member.left");
		assertProblem(http.get("/api/teams/" + team, removed.token()), 404, "not a member");
		assertThat(http.get("/api/teams/" + team, owner.token()).json().get("members")).hasSize(1);
		assertProblem(http.delete("/api/teams/" + team + "/members/" + removed.id(), owner.token()), 404,
				"not a member");
	}

	@Test
	void lastOwnerCannotLeaveOthersBehind() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		long team = fixtures.teamWith(owner, member);

		assertProblem(http.delete("/api/teams/" + team + "/members/" + owner.id(), owner.token()), 409, "last owner");
	}

	@Test
	void rejectsInvalidTeams() {
		var owner = fixtures.user("owner");
		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", " ")), 400, "name");
		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", "x".repeat(81))), 400, "name");
		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", "ok", "description", "d".repeat(501))), 400,
				"description");
		assertProblem(http.post("/api/teams", owner.token(), "{\"name\": 42, "), 400, "JSON");
		assertProblem(http.post("/api/teams", null, Map.of("name", "anon")), 401, "sign in");
	}

}
