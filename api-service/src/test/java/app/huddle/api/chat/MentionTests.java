package app.huddle.api.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.api.outbox.UserProbe;
import app.huddle.testsupport.Fixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MentionTests extends ApiTests {

	@Autowired
	ApplicationContext context;

	/** The caller's chat.mention inbox entries, newest first. */
	private List<JsonNode> mentions(Fixtures.User user) {
		return http.get("/api/notifications", user.token())
			.json()
			.valueStream()
			.filter(n -> n.get("type").asString().equals("chat.mention"))
			.toList();
	}

	private void edit(long team, long message, Fixtures.User author, String body) {
		assertThat(http
			.send("PATCH", "/api/teams/" + team + "/messages/" + message, author.token(), Map.of("body", body),
					Map.of())
			.status()).isEqualTo(200);
	}

	@Test
	void aMentionReachesTheMemberLiveAndWaitsInTheirInbox() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		JsonNode message;
		List<JsonNode> live;
		try (UserProbe probe = new UserProbe(context, bob.id())) {
			message = fixtures.post(team, alice, "lunch, @" + bob.username().toUpperCase() + "?");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> !probe.envelopes("user." + bob.id() + ".chat.mention").isEmpty());
			live = probe.envelopes("user." + bob.id() + ".chat.mention");
		}

		assertThat(live).hasSize(1);
		assertThat(live.get(0).get("type").asString()).isEqualTo("chat.mention");
		assertThat(live.get(0).get("teamId").asLong()).isEqualTo(team);
		assertThat(live.get(0).get("seq").isNull()).isTrue();
		List<JsonNode> inbox = mentions(bob);
		assertThat(inbox).as("usernames are case-insensitive").hasSize(1);
		JsonNode entry = inbox.get(0);
		assertThat(entry.get("teamId").asLong()).isEqualTo(team);
		assertThat(entry.get("read").asBoolean()).isFalse();
		assertThat(entry.get("data")).isEqualTo(live.get(0).get("data"));
		assertThat(entry.get("data").get("team").get("id").asLong()).isEqualTo(team);
		assertThat(entry.get("data").get("team").get("name").asString()).isNotBlank();
		assertThat(entry.get("data").get("message").get("id").asLong()).isEqualTo(message.get("id").asLong());
		assertThat(entry.get("data").get("message").get("body").asString()).contains("lunch");
		assertThat(entry.get("data").get("message").get("author").get("id").asLong()).isEqualTo(alice.id());
		assertThat(mentions(alice)).as("the author is not notified").isEmpty();
	}

	@Test
	void onlyCurrentMembersOtherThanTheAuthorAreNotifiedOncePerMessage() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		var stranger = fixtures.user("stranger");
		long team = fixtures.teamWith(alice, bob);

		fixtures.post(team, alice, "@" + alice.username() + " @" + stranger.username() + " @nobody-" + bob.id() + " @"
				+ bob.username() + " @" + bob.username() + ", again: @" + bob.username() + ".");
		fixtures.post(team, alice, "mail " + bob.username() + "@example.com or x@" + bob.username());

		assertThat(mentions(bob)).as("once per message, e-mail addresses are no mentions").hasSize(1);
		assertThat(mentions(alice)).as("self").isEmpty();
		assertThat(mentions(stranger)).as("not a member").isEmpty();
	}

	@Test
	void anEditNotifiesOnlyTheMembersItNewlyMentions() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		var carol = fixtures.user("carol");
		long team = fixtures.teamWith(alice, bob, carol);
		long message = fixtures.post(team, alice, "hi @" + bob.username()).get("id").asLong();

		edit(team, message, alice, "hi @" + bob.username() + " and @" + carol.username());
		edit(team, message, alice, "hi @" + carol.username());
		edit(team, message, alice, "hi @" + bob.username() + " and @" + carol.username() + "!");

		assertThat(mentions(bob)).hasSize(1);
		assertThat(mentions(bob).get(0).get("data").get("message").get("body").asString())
			.as("as the message read when it first mentioned bob")
			.isEqualTo("hi @" + bob.username());
		assertThat(mentions(carol)).hasSize(1);
		assertThat(mentions(carol).get(0).get("data").get("message").get("editedAt").isNull()).isFalse();
	}

	@Test
	void deletingAMessageWipesItsTextFromTheInboxesItReached() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		long message = fixtures.post(team, alice, "@" + bob.username() + " the secret is 42").get("id").asLong();
		assertThat(mentions(bob)).hasSize(1);

		assertThat(http.delete("/api/teams/" + team + "/messages/" + message, alice.token()).status()).isEqualTo(204);

		List<JsonNode> after = mentions(bob);
		assertThat(after).hasSize(1);
		assertThat(after.get(0).toString()).doesNotContain("secret");
		assertThat(after.get(0).get("data").get("message").get("deleted").asBoolean()).isTrue();
		assertThat(after.get(0).get("data").get("message").get("id").asLong()).isEqualTo(message);
	}

}
