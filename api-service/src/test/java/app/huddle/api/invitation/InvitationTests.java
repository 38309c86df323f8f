package app.huddle.api.invitation;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTests extends ApiTests {

	@Autowired
	JdbcClient jdbc;

	private Http.Response invite(long team, Fixtures.User inviter, String username) {
		return http.post("/api/teams/" + team + "/invitations", inviter.token(), Map.of("username", username));
	}

	@Test
	void inviteeAcceptsAndBecomesAMember() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);

		Http.Response invited = invite(team, owner, invitee.username());
		assertThat(invited.status()).isEqualTo(201);
		assertThat(invited.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(invited.json().get("team").get("id").asLong()).isEqualTo(team);
		assertThat(invited.json().get("inviter").get("username").asString()).isEqualTo(owner.username());
		assertThat(invited.json().get("invitee").get("username").asString()).isEqualTo(invitee.username());
		long id = invited.json().get("id").asLong();

		assertThat(http.get("/api/invitations", invitee.token()).json().valueStream().map(i -> i.get("id").asLong()))
			.containsExactly(id);
		assertThat(http.get("/api/teams/" + team + "/invitations", owner.token()).json()).hasSize(1);

		Http.Response accepted = http.post("/api/invitations/" + id + "/accept", invitee.token(), null);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(http.get("/api/teams/" + team, invitee.token()).json().get("role").asString()).isEqualTo("MEMBER");
		assertThat(http.get("/api/invitations", invitee.token()).json()).isEmpty();

		assertProblem(http.post("/api/invitations/" + id + "/accept", invitee.token(), null), 409, "accepted");
		assertProblem(invite(team, owner, invitee.username()), 409, "already a member");
	}

	@Test
	void personalNoticesReachInviteeAndInviter() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		long id = invite(team, owner, invitee.username()).json().get("id").asLong();

		var received = http.get("/api/notifications", invitee.token()).json().get(0);
		assertThat(received.get("type").asString()).isEqualTo("invitation.received");
		assertThat(received.get("data").get("id").asLong()).isEqualTo(id);
		assertThat(received.get("read").asBoolean()).isFalse();

		http.post("/api/invitations/" + id + "/decline", invitee.token(), null);

		var answered = http.get("/api/notifications", owner.token()).json().get(0);
		assertThat(answered.get("type").asString()).isEqualTo("invitation.declined");
		assertThat(answered.get("data").get("status").asString()).isEqualTo("DECLINED");
	}

	@Test
	void declineLeavesTheTeamUnchanged() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		long id = invite(team, owner, invitee.username()).json().get("id").asLong();

		Http.Response declined = http.post("/api/invitations/" + id + "/decline", invitee.token(), null);

		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertProblem(http.get("/api/teams/" + team, invitee.token()), 404, "not a member");
		assertThat(invite(team, owner, invitee.username()).status()).as("a new invitation after a decline")
			.isEqualTo(201);
	}

	@Test
	void rejectsUnknownDuplicateAndForeignInvitations() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(owner);

		assertProblem(invite(team, owner, "no-such-user-anywhere"), 404, "no user named");
		long id = invite(team, owner, invitee.username()).json().get("id").asLong();
		assertProblem(invite(team, owner, invitee.username()), 409, "pending invitation");
		assertProblem(invite(team, stranger, invitee.username()), 404, "not a member");
		assertProblem(http.post("/api/invitations/" + id + "/accept", stranger.token(), null), 404, "not yours");
		assertProblem(http.post("/api/invitations/" + id + "/decline", owner.token(), null), 404, "not yours");
		assertProblem(http.post("/api/invitations/999999999/accept", invitee.token(), null), 404, "not yours");
		assertProblem(http.post("/api/teams/" + team + "/invitations", owner.token(), Map.of()), 400, "username");
		assertProblem(http.get("/api/invitations", null), 401, "sign in");
	}

	@Test
	void ownerRevokesButPlainMembersMayNot() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		var invitee = fixtures.user("invitee");
		long team = fixtures.teamWith(owner, member);
		long id = invite(team, owner, invitee.username()).json().get("id").asLong();

		assertProblem(http.post("/api/invitations/" + id + "/revoke", member.token(), null), 403,
				"owner or the inviter");
		assertProblem(http.get("/api/teams/" + team + "/invitations", member.token()), 403, "owner");

		Http.Response revoked = http.post("/api/invitations/" + id + "/revoke", owner.token(), null);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(http.get("/api/invitations", invitee.token()).json()).isEmpty();
		assertProblem(http.post("/api/invitations/" + id + "/accept", invitee.token(), null), 409, "revoked");
		assertThat(http.get("/api/notifications", invitee.token()).json().get(0).get("type").asString())
			.isEqualTo("invitation.revoked");
	}

	@Test
	void expiredInvitationsCannotBeAccepted() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		long id = invite(team, owner, invitee.username()).json().get("id").asLong();
		jdbc.sql("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ?").param(id).update();

		assertThat(http.get("/api/invitations", invitee.token()).json()).isEmpty();
		assertProblem(http.post("/api/invitations/" + id + "/accept", invitee.token(), null), 409, "expired");
		assertThat(invite(team, owner, invitee.username()).status()).as("a fresh invitation replaces the expired one")
			.isEqualTo(201);
	}

	@Test
	void invitationsExpireAfterSevenDays() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		var invitation = invite(team, owner, invitee.username()).json();

		var created = java.time.Instant.parse(invitation.get("createdAt").asString());
		var expires = java.time.Instant.parse(invitation.get("expiresAt").asString());
		assertThat(java.time.Duration.between(created, expires)).isBetween(java.time.Duration.ofDays(7).minusSeconds(5),
				java.time.Duration.ofDays(7).plusSeconds(5));
	}

}
