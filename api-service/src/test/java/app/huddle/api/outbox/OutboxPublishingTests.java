package app.huddle.api.outbox;

import app.huddle.testsupport.Http;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.TestServers;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxPublishingTests extends ApiTests {

	@Autowired
	ExchangeNames exchanges;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void publishesTeamEnvelopesWithTheirRoutingKey() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.teams(), "team." + team + ".#")) {
			Http.Response posted = http.post("/api/teams/" + team + "/messages", owner.token(),
					Map.of("body", "to the broker"));

			await().atMost(Duration.ofSeconds(10)).until(() -> !probe.received().isEmpty());
			var received = probe.received().getFirst();
			assertThat(received.routingKey()).isEqualTo("team." + team + ".chat.message.created");
			assertThat(received.deliveryMode()).isEqualTo("PERSISTENT");
			assertThat(received.envelope().get("type").asString()).isEqualTo("chat.message.created");
			assertThat(received.envelope().get("teamId").asLong()).isEqualTo(team);
			assertThat(received.envelope().get("seq").asLong()).isEqualTo(posted.json().get("seq").asLong());
			assertThat(received.envelope().get("data")).isEqualTo(posted.json());
			assertThat(received.envelope().propertyNames()).containsExactlyInAnyOrder("id", "type", "teamId", "seq",
					"occurredAt", "data");
		}
	}

	@Test
	void publishesPersonalNoticesToTheUsersExchange() {
		var owner = fixtures.user("owner");
		var invitee = fixtures.user("invitee");
		long team = fixtures.team(owner);
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.users(), "user." + invitee.id() + ".#")) {
			http.post("/api/teams/" + team + "/invitations", owner.token(), Map.of("username", invitee.username()));

			await().atMost(Duration.ofSeconds(10)).until(() -> !probe.received().isEmpty());
			var received = probe.received().getFirst();
			assertThat(received.routingKey()).isEqualTo("user." + invitee.id() + ".invitation.received");
			assertThat(received.envelope().get("seq").isNull()).isTrue();
			assertThat(received.envelope().get("data").get("invitee").get("id").asLong()).isEqualTo(invitee.id());
		}
	}

	@Test
	void keepsAcceptingWritesWhileTheBrokerIsDownAndPublishesThemAfter() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.teams(), "team." + team + ".#")) {
			http.post("/api/teams/" + team + "/messages", owner.token(), Map.of("body", "before the outage"));
			await().atMost(Duration.ofSeconds(10)).until(() -> !probe.received().isEmpty());
			TestServers.rabbit().stop();
			Http.Response posted;
			try {
				posted = http.post("/api/teams/" + team + "/messages", owner.token(),
						Map.of("body", "during the outage"));
				assertThat(posted.status()).isEqualTo(201);
				assertThat(unpublishedFor(team)).isEqualTo(1);
			}
			finally {
				TestServers.rabbit().start();
			}

			String envelopeId = jdbc.sql("SELECT envelope_id::text FROM team_activities WHERE team_id = ? AND seq = ?")
				.params(team, posted.json().get("seq").asLong())
				.query(String.class)
				.single();
			await().atMost(Duration.ofSeconds(30)).until(() -> !probe.withEnvelopeId(envelopeId).isEmpty());
			await().atMost(Duration.ofSeconds(5)).until(() -> unpublishedFor(team) == 0);
		}
	}

	@Test
	void publishesABacklogInTheTeamsSeqOrder() {
		// Three writers: one person may post 50 at once (huddle.api.limits.messages).
		var writers = List.of(fixtures.user("first"), fixtures.user("second"), fixtures.user("third"));
		long team = fixtures.teamWith(writers.get(0), writers.get(1), writers.get(2));
		int backlog = 150;
		try (TeamProbe probe = new TeamProbe(context, team)) {
			TestServers.rabbit().stop();
			try {
				for (int i = 1; i <= backlog; i++) {
					assertThat(http
						.post("/api/teams/" + team + "/messages", writers.get(i % 3).token(),
								Map.of("body", "queued " + i))
						.status()).isEqualTo(201);
				}
			}
			finally {
				TestServers.rabbit().start();
			}

			await().atMost(Duration.ofSeconds(60)).until(() -> probe.seqs().size() >= backlog);
			assertThat(probe.seqs()).as("seqs as the queue received them").isSorted().doesNotHaveDuplicates();
		}
	}

	@Test
	void logoutTellsTheNotifiersWhichSessionEndedWithoutFillingTheInbox() {
		var user = fixtures.user("leaving");
		String sessionId = storedSessionIds(user.id()).getFirst();
		String otherDevice = fixtures.login(user.username());
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.users(), "user." + user.id() + ".#")) {
			assertThat(http.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);

			await().atMost(Duration.ofSeconds(10)).until(() -> !probe.received().isEmpty());
			var received = probe.received().getFirst();
			assertThat(received.routingKey()).isEqualTo("user." + user.id() + ".session.ended");
			assertThat(received.envelope().get("data").get("sessionId").asString()).isEqualTo(sessionId);
			assertThat(storedSessionIds(user.id())).hasSize(1).doesNotContain(sessionId);
			await().atMost(Duration.ofSeconds(5)).until(() -> sessionEndingsOf(user.id()) == 0);
			assertThat(http.get("/api/notifications", otherDevice).body()).doesNotContain("session.ended");
		}
	}

	@Test
	void logoutAnswersWhileTheBrokerIsDownAndTheEndingFollowsLater() {
		var user = fixtures.user("offline");
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.users(), "user." + user.id() + ".#")) {
			TestServers.rabbit().stop();
			try {
				assertThat(http.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);
				assertThat(sessionEndingsOf(user.id())).isEqualTo(1);
				assertThat(storedSessionIds(user.id())).isEmpty();
			}
			finally {
				TestServers.rabbit().start();
			}

			await().atMost(Duration.ofSeconds(30)).until(() -> !probe.received().isEmpty());
			assertThat(probe.received().getFirst().routingKey()).isEqualTo("user." + user.id() + ".session.ended");
			await().atMost(Duration.ofSeconds(5)).until(() -> sessionEndingsOf(user.id()) == 0);
		}
	}

	private List<String> storedSessionIds(long userId) {
		return jdbc.sql("SELECT rtrim(session_id) FROM spring_session WHERE principal_name = ?")
			.param(String.valueOf(userId))
			.query(String.class)
			.list();
	}

	private long sessionEndingsOf(long userId) {
		return jdbc.sql("SELECT count(*) FROM session_endings WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	private long unpublishedFor(long team) {
		return TeamProbe.unpublished(jdbc, team);
	}

}
