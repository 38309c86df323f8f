package app.huddle.notifier;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.RabbitServer;
import app.huddle.testsupport.TestServers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second notifier instance in the same JVM, with its own instance id, hence its own
 * queue. It re-checks tokens only every minute, so what it does about a logout within
 * seconds comes from the {@code session.ended} envelope.
 */
class TwoInstancesTests extends NotifierTests {

	static final String INSTANCE_B = "notifier-test-b";

	private static ConfigurableApplicationContext instanceB;

	@Autowired
	AmqpAdmin amqp;

	@BeforeAll
	static void startSecondInstance() {
		PostgresServer postgres = TestServers.postgres();
		RabbitServer rabbit = TestServers.rabbit();
		instanceB = new SpringApplicationBuilder(NotifierApplication.class).run("--server.port=0",
				"--huddle.notifier.instance-id=" + INSTANCE_B, "--huddle.notifier.revalidate-interval=60s",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=" + PostgresServer.USER,
				"--spring.datasource.password=" + PostgresServer.PASSWORD, "--spring.rabbitmq.host=" + rabbit.host(),
				"--spring.rabbitmq.port=" + rabbit.port(), "--spring.rabbitmq.username=" + rabbit.username(),
				"--spring.rabbitmq.password=" + rabbit.password(), "--spring.rabbitmq.virtual-host=/");
	}

	@AfterAll
	static void stopSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	private int portB() {
		return ((WebServerApplicationContext) instanceB).getWebServer().getPort();
	}

	@Test
	void eachInstanceDeliversEveryEventOnceToItsOwnClients() {
		Fixtures.User alice = fixtures.user("alice");
		Fixtures.User bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		StompClient.Subscription onA = connect(alice).subscribe(Destinations.team(team));
		StompClient.Subscription onB = track(StompClient.connect(portB(), bob.token()))
			.subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);
		awaitSubscribers(instanceB, Destinations.team(team), 1);
		long before = fixtures.lastSeq(team, alice);

		for (int i = 1; i <= 6; i++) {
			fixtures.post(team, i % 2 == 0 ? alice : bob, "both see " + i);
		}

		List<Long> expected = LongStream.rangeClosed(before + 1, before + 6).boxed().toList();
		for (StompClient.Subscription seen : List.of(onA, onB)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> seen.seqsAfter(before).size() >= 6);
			assertThat(seen.seqsAfter(before)).containsExactlyElementsOf(expected);
		}
		for (String instance : List.of(INSTANCE_A, INSTANCE_B)) {
			QueueInformation queue = amqp.getQueueInfo("huddle.notifier." + instance);
			assertThat(queue).as(instance + "'s own queue").isNotNull();
			assertThat(queue.getConsumerCount()).isEqualTo(1);
		}
	}

	@Test
	void personalNoticesReachTheInviteeOnWhicheverInstance() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User invitee = fixtures.user("invitee");
		StompClient.Subscription onA = connect(invitee).subscribe(Destinations.MY_NOTIFICATIONS);
		StompClient.Subscription onB = track(StompClient.connect(portB(), invitee.token()))
			.subscribe(Destinations.MY_NOTIFICATIONS);
		awaitNotificationsSubscribed(context, invitee, 1);
		awaitNotificationsSubscribed(instanceB, invitee, 1);

		fixtures.invite(fixtures.team(owner), owner, invitee);

		for (StompClient.Subscription inbox : List.of(onA, onB)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> inbox.envelopes.size() == 1);
			assertThat(inbox.envelopes.get(0).get("type").asString()).isEqualTo("invitation.received");
		}
	}

	@Test
	void logoutClosesTheSessionsSocketsOnEveryInstance() {
		Fixtures.User user = fixtures.user("everywhere");
		StompClient.Connection onA = connect(user);
		StompClient.Connection onB = track(StompClient.connect(portB(), user.token()));

		assertThat(api.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);

		await().atMost(Duration.ofSeconds(5)).until(() -> onA.closed() && onB.closed());
		assertThat(onA.errors).singleElement().asString().contains("session ended");
		assertThat(onB.errors).singleElement().asString().contains("session ended (logged out)");
	}

}
