package app.huddle.notifier;

import java.time.Duration;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.RabbitServer;
import app.huddle.testsupport.TestServers;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.stomp.StompSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BrokerOutageTests extends NotifierTests {

	@Test
	void membersKeepReceivingThroughABrokerOutageWithoutReconnectingOrDuplicates() {
		RabbitServer rabbit = TestServers.rabbit();
		Fixtures.User owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		StompClient.Connection connection = connect(owner);
		StompSession session = connection.session;
		StompClient.Subscription seen = connection.subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);
		long before = fixtures.lastSeq(team, owner);
		fixtures.post(team, owner, "before the outage");
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.seqsAfter(before).size() == 1);

		rabbit.stop();
		try {
			fixtures.post(team, owner, "during the outage");
			// A stopped node closes its sockets and the notifier turns to the outbox at
			// once; a
			// paused container (the Testcontainers path) closes none, so the cut shows
			// only when
			// AMQP heartbeats (10 s) have been missed, about 20 s later.
			await("relayed from the outbox while the broker is down").atMost(Duration.ofSeconds(45))
				.until(() -> seen.seqsAfter(before).size() == 2);
		}
		finally {
			rabbit.start();
		}
		JdbcClient database = context.getBean(JdbcClient.class);
		await("the broker's own copy of the outage's post sent to the queue").atMost(Duration.ofSeconds(60))
			.until(() -> database.sql("SELECT count(*) FROM team_activities WHERE team_id = ? AND published_at IS NULL")
				.param(team)
				.query(Long.class)
				.single() == 0);
		fixtures.post(team, owner, "after the outage");

		await().atMost(Duration.ofSeconds(60)).until(() -> seen.seqsAfter(before).size() >= 3);
		assertThat(seen.seqsAfter(before)).containsExactly(before + 1, before + 2, before + 3);
		assertThat(seen.ofType("chat.message.created"))
			.extracting(envelope -> envelope.get("data").get("body").asString())
			.containsExactly("before the outage", "during the outage", "after the outage");
		assertThat(connection.session).as("the same STOMP session throughout").isSameAs(session);
		assertThat(connection.open()).isTrue();
	}

}
