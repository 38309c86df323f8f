package app.huddle.notifier;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.TestServers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AccessTests extends NotifierTests {

	private static final Duration SOON = Duration.ofSeconds(10);

	@Test
	void refusesConnectWithAnUnknownToken() {
		StompClient.Connection connection = open(port, "00000000-0000-0000-0000-000000000000", null, null);

		await().atMost(SOON).until(() -> !connection.errors.isEmpty() && connection.closed());
		assertThat(connection.errors).singleElement().asString().contains("unknown or expired");
		assertThat(connection.connected).isNull();
	}

	@Test
	void refusesConnectWithoutCredentials() {
		StompClient.Connection connection = open(port, null, null, null);

		await().atMost(SOON).until(() -> !connection.errors.isEmpty() && connection.closed());
		assertThat(connection.errors).singleElement().asString().contains("Sign in first");
	}

	@Test
	void acceptsTheSessionCookieOfTheHandshake() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User invitee = fixtures.user("cookie");
		StompClient.Connection connection = open(port, null, invitee.token(), "http://localhost:3000").awaitConnected();
		StompClient.Subscription inbox = connection.subscribe(Destinations.MY_NOTIFICATIONS);
		awaitNotificationsSubscribed(context, invitee, 1);

		fixtures.invite(fixtures.team(owner), owner, invitee);

		await().atMost(SOON).until(() -> inbox.envelopes.size() == 1);
		assertThat(inbox.envelopes.get(0).get("type").asString()).isEqualTo("invitation.received");
	}

	@Test
	void refusesAHandshakeFromAForeignOrigin() {
		Fixtures.User victim = fixtures.user("victim");

		StompClient.Connection hijack = open(port, null, victim.token(), "https://evil.example");

		await().atMost(SOON).until(() -> hijack.failure != null);
		assertThat(hijack.failure).hasStackTraceContaining("403");
		assertThat(hijack.connected).isNull();
	}

	@Test
	void refusesSubscribingToATeamOfWhichTheCallerIsNoMember() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User outsider = fixtures.user("outsider");
		long team = fixtures.team(owner);
		StompClient.Subscription ownerSees = connect(owner).subscribe(Destinations.team(team));
		StompClient.Connection snooping = connect(outsider);

		StompClient.Subscription outsiderSees = snooping.subscribe(Destinations.team(team));

		await().atMost(SOON).until(() -> !snooping.errors.isEmpty() && snooping.closed());
		assertThat(snooping.errors).singleElement().asString().contains("not a member of team " + team);
		awaitSubscribers(context, Destinations.team(team), 1);
		fixtures.post(team, owner, "members only");
		await().atMost(SOON).until(() -> !ownerSees.ofType("chat.message.created").isEmpty());
		assertThat(outsiderSees.envelopes).isEmpty();
	}

	@Test
	void refusesUnknownDestinationsAndClientSends() {
		Fixtures.User user = fixtures.user("sender");
		long team = fixtures.team(user);
		StompClient.Connection other = connect(user);
		other.subscribe("/queue/notifications-user" + "someone-else");
		StompClient.Connection sender = connect(user);

		sender.session.send(Destinations.team(team),
				"{\"type\":\"chat.message.created\"}".getBytes(StandardCharsets.UTF_8));

		await().atMost(SOON).until(() -> other.closed() && sender.closed());
		assertThat(other.errors).singleElement().asString().contains("Unknown destination");
		assertThat(sender.errors).singleElement().asString().contains("use the REST API");
	}

	@Test
	void oneConnectionHoldsAtMostAHundredSubscriptions() {
		StompClient.Connection greedy = connect(fixtures.user("greedy"));
		for (int i = 0; i < 101; i++) {
			greedy.subscribe(Destinations.MY_NOTIFICATIONS);
		}

		await().atMost(SOON).until(greedy::closed);
		assertThat(greedy.errors).singleElement().asString().contains("At most 100 subscriptions per connection");
	}

	@Test
	void aRemovedMemberStopsReceivingAtOnce() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User member = fixtures.user("removed");
		long team = fixtures.teamWith(owner, member);
		StompClient.Subscription ownerSees = connect(owner).subscribe(Destinations.team(team));
		StompClient.Connection memberConnection = connect(member);
		StompClient.Subscription memberSees = memberConnection.subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 2);

		assertThat(api.delete("/api/teams/" + team + "/members/" + member.id(), owner.token()).status()).isEqualTo(204);
		fixtures.post(team, owner, "after the removal");

		await().atMost(SOON).until(() -> !ownerSees.ofType("chat.message.created").isEmpty());
		assertThat(subscribers(context, Destinations.team(team))).isEqualTo(1);
		assertThat(memberSees.ofType("member.left")).singleElement()
			.satisfies(left -> assertThat(left.get("data").get("user").get("id").asLong()).isEqualTo(member.id()));
		assertThat(memberSees.ofType("chat.message.created")).isEmpty();
		assertThat(memberConnection.open()).as("the socket itself stays open").isTrue();
	}

	@Test
	void aMembershipEndedWithoutAnEnvelopeEndsItsSubscriptionOnTheNextCheck() throws SQLException {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User member = fixtures.user("vanished");
		long team = fixtures.teamWith(owner, member);
		connect(member).subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);

		PostgresServer postgres = TestServers.postgres();
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER,
				PostgresServer.PASSWORD);
				PreparedStatement delete = db
					.prepareStatement("DELETE FROM team_members WHERE team_id = ? AND user_id = ?")) {
			delete.setLong(1, team);
			delete.setLong(2, member.id());
			assertThat(delete.executeUpdate()).isEqualTo(1);
		}

		awaitSubscribers(context, Destinations.team(team), 0);
	}

	@Test
	void aNewMemberMaySubscribeAtOnce() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User joiner = fixtures.user("joiner");
		long team = fixtures.team(owner);
		StompClient.Connection connection = connect(joiner);

		fixtures.accept(joiner, fixtures.invite(team, owner, joiner));
		StompClient.Subscription joinerSees = connection.subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);
		fixtures.post(team, owner, "welcome");

		await().atMost(SOON).until(() -> !joinerSees.ofType("chat.message.created").isEmpty());
		assertThat(connection.open()).isTrue();
	}

	@Test
	void logoutClosesEverySocketOfThatSessionAndNoOther() {
		Fixtures.User user = fixtures.user("leaving");
		String otherDevice = fixtures.login(user.username());
		StompClient.Connection bearer = connect(user);
		StompClient.Connection cookie = open(port, null, user.token(), null).awaitConnected();
		StompClient.Connection stays = track(StompClient.connect(port, otherDevice));

		assertThat(api.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);

		await().atMost(SOON).until(() -> bearer.closed() && cookie.closed());
		assertThat(bearer.errors).singleElement().asString().contains("session ended");
		assertThat(cookie.errors).singleElement().asString().contains("session ended");
		assertThat(stays.open()).isTrue();
		assertThat(StompClient.open(port, user.token(), null, null)).satisfies(again -> {
			await().atMost(SOON).until(again::closed);
			assertThat(again.errors).singleElement().asString().contains("unknown or expired");
		});
	}

}
