package app.huddle.api.notification;

import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTests extends ApiTests {

	@Test
	void listsNewestFirstAndMarksRead() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long first = fixtures.team(alice);
		long second = fixtures.team(alice);
		http.post("/api/teams/" + first + "/invitations", alice.token(), Map.of("username", bob.username()));
		http.post("/api/teams/" + second + "/invitations", alice.token(), Map.of("username", bob.username()));

		JsonNode inbox = http.get("/api/notifications", bob.token()).json();
		assertThat(inbox.valueStream().map(n -> n.get("teamId").asLong())).containsExactly(second, first);
		assertThat(http.get("/api/notifications/unread-count", bob.token()).json().get("count").asLong()).isEqualTo(2);

		long older = inbox.get(1).get("id").asLong();
		assertThat(http.post("/api/notifications/read", bob.token(), Map.of("upTo", older)).status()).isEqualTo(204);
		assertThat(http.get("/api/notifications/unread-count", bob.token()).json().get("count").asLong()).isEqualTo(1);
		JsonNode after = http.get("/api/notifications", bob.token()).json();
		assertThat(after.valueStream().map(n -> n.get("read").asBoolean())).containsExactly(false, true);

		assertThat(http.get("/api/notifications?limit=1&before=" + inbox.get(0).get("id").asLong(), bob.token())
			.json()
			.get(0)
			.get("id")
			.asLong()).isEqualTo(older);
	}

	@Test
	void inboxesArePrivate() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		http.post("/api/teams/" + fixtures.team(alice) + "/invitations", alice.token(),
				Map.of("username", bob.username()));
		long bobsNewest = http.get("/api/notifications", bob.token()).json().get(0).get("id").asLong();

		assertThat(http.get("/api/notifications", alice.token()).json()).isEmpty();
		http.post("/api/notifications/read", alice.token(), Map.of("upTo", bobsNewest));
		assertThat(http.get("/api/notifications/unread-count", bob.token()).json().get("count").asLong()).isEqualTo(1);
	}

	@Test
	void rejectsBadReadRequests() {
		var alice = fixtures.user("alice");
		assertProblem(http.post("/api/notifications/read", alice.token(), Map.of()), 400, "upTo");
		assertProblem(http.post("/api/notifications/read", alice.token(), Map.of("upTo", "soon")), 400, "JSON");
		assertProblem(http.get("/api/notifications", null), 401, "sign in");
	}

}
