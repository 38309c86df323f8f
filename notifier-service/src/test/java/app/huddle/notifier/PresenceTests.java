package app.huddle.notifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.RabbitServer;
import app.huddle.testsupport.TestServers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Typing and presence across two notifier instances (A in this JVM's test context, B
 * beside it) over the real RabbitMQ: signals reach members on the other instance and not
 * the typist, outsiders are refused, a new subscriber gets who is online, and users go
 * offline when their socket or their instance goes.
 */
class PresenceTests extends NotifierTests {

	private static final Duration SOON = Duration.ofSeconds(10);

	private static ConfigurableApplicationContext instanceB;

	private final List<ConfigurableApplicationContext> extra = new ArrayList<>();

	@Value("${huddle.exchanges.presence}")
	String presenceExchange;

	@BeforeAll
	static void startSecondInstance() {
		instanceB = startInstance("notifier-test-presence-b");
	}

	@AfterAll
	static void stopSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	static ConfigurableApplicationContext startInstance(String id) {
		PostgresServer postgres = TestServers.postgres();
		RabbitServer rabbit = TestServers.rabbit();
		return new SpringApplicationBuilder(NotifierApplication.class).run("--server.port=0",
				"--huddle.notifier.instance-id=" + id, "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + PostgresServer.USER,
				"--spring.datasource.password=" + PostgresServer.PASSWORD, "--spring.rabbitmq.host=" + rabbit.host(),
				"--spring.rabbitmq.port=" + rabbit.port(), "--spring.rabbitmq.username=" + rabbit.username(),
				"--spring.rabbitmq.password=" + rabbit.password(), "--spring.rabbitmq.virtual-host=/");
	}

	private static int portOf(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	@Test
	void typingOnOneInstanceReachesMembersOnTheOtherButNotTheTypist() {
		Fixtures.User alice = fixtures.user("alice");
		Fixtures.User bob = fixtures.user("bob");
		long team = fixtures.teamWith(alice, bob);
		StompClient.Connection aliceOnA = connect(alice);
		StompClient.Subscription aliceTopic = aliceOnA.subscribe(Destinations.team(team));
		StompClient.Subscription alicePresence = aliceOnA.subscribe(Destinations.presence(team));
		StompClient.Connection bobOnB = track(StompClient.connect(portOf(instanceB), bob.token()));
		StompClient.Subscription bobTopic = bobOnB.subscribe(Destinations.team(team));
		StompClient.Subscription bobPresence = bobOnB.subscribe(Destinations.presence(team));
		awaitSubscribers(context, Destinations.presence(team), 1);
		awaitSubscribers(instanceB, Destinations.presence(team), 1);

		for (int i = 0; i < 10; i++) {
			typing(aliceOnA, team, true);
		}
		await().atMost(SOON).until(() -> bobPresence.ofType("typing").size() == 1);
		typing(aliceOnA, team, false);
		await().atMost(SOON).until(() -> bobPresence.ofType("typing").size() == 2);

		assertThat(bobPresence.ofType("typing")).extracting(frame -> frame.get("typing").asBoolean())
			.as("ten keystrokes within a second are one signal, then the stop")
			.containsExactly(true, false);
		assertThat(bobPresence.ofType("typing")).allSatisfy(frame -> {
			assertThat(frame.get("userId").asLong()).isEqualTo(alice.id());
			assertThat(frame.get("teamId").asLong()).isEqualTo(team);
			assertThat(frame.has("seq")).isFalse();
		});
		assertThat(alicePresence.ofType("typing")).as("the typist does not hear herself").isEmpty();
		assertThat(aliceTopic.envelopes).as("nothing ephemeral on the seq stream").isEmpty();
		assertThat(bobTopic.envelopes).isEmpty();
		assertThat(aliceOnA.open()).isTrue();
	}

	@Test
	void typingInATeamNotFollowedIsRefusedAndNeverRelayed() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User outsider = fixtures.user("outsider");
		long team = fixtures.team(owner);
		StompClient.Subscription ownerPresence = track(StompClient.connect(portOf(instanceB), owner.token()))
			.subscribe(Destinations.presence(team));
		awaitSubscribers(instanceB, Destinations.presence(team), 1);
		StompClient.Connection snooping = connect(outsider);
		StompClient.Connection snoopingPresence = connect(outsider);

		typing(snooping, team, true);
		snoopingPresence.subscribe(Destinations.presence(team));

		await().atMost(SOON).until(() -> snooping.closed() && snoopingPresence.closed());
		assertThat(snooping.errors).singleElement()
			.asString()
			.contains("Subscribe to team " + team + " before signalling typing");
		assertThat(snoopingPresence.errors).singleElement().asString().contains("not a member of team " + team);
		Fixtures.User member = fixtures.user("member");
		long ownTeam = fixtures.team(member);
		StompClient.Connection wrongPlace = connect(member);
		wrongPlace.subscribe(Destinations.team(ownTeam));
		wrongPlace.session.send("/app/teams." + ownTeam + ".typos",
				"{\"typing\":true}".getBytes(StandardCharsets.UTF_8));
		await().atMost(SOON).until(wrongPlace::closed);
		assertThat(wrongPlace.errors).singleElement().asString().contains("typing signals");
		assertThat(ownerPresence.ofType("typing")).isEmpty();
	}

	@Test
	void aNewSubscriberLearnsWhoIsOnlineOnEitherInstanceAndSeesThemLeave() {
		Fixtures.User alice = fixtures.user("alice");
		Fixtures.User bob = fixtures.user("bob");
		Fixtures.User carol = fixtures.user("carol");
		long team = fixtures.teamWith(alice, bob, carol);
		StompClient.Connection aliceOnA = connect(alice);
		aliceOnA.subscribe(Destinations.team(team));
		StompClient.Subscription alicePresence = aliceOnA.subscribe(Destinations.presence(team));
		StompClient.Subscription bobPresence = track(StompClient.connect(portOf(instanceB), bob.token()))
			.subscribe(Destinations.presence(team));
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(alice.id(), bob.id())));
		// Instance A has heard of bob (on B) too before carol subscribes there.
		await().atMost(SOON).until(() -> online(alicePresence).equals(Set.of(alice.id(), bob.id())));

		StompClient.Subscription carolPresence = connect(carol).subscribe(Destinations.presence(team));

		await().atMost(SOON).until(() -> !carolPresence.ofType("presence").isEmpty());
		assertThat(online(carolPresence.ofType("presence").get(0))).as("the snapshot on subscribe")
			.containsExactly(alice.id(), bob.id(), carol.id());
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(alice.id(), bob.id(), carol.id())));

		aliceOnA.close();

		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id(), carol.id())));
		await().atMost(SOON).until(() -> online(carolPresence).equals(Set.of(bob.id(), carol.id())));
	}

	@Test
	void theUsersOfAnInstanceThatStopsGoOffline() {
		Fixtures.User bob = fixtures.user("bob");
		Fixtures.User dave = fixtures.user("dave");
		long team = fixtures.teamWith(bob, dave);
		ConfigurableApplicationContext instanceC = startInstance("notifier-test-presence-c");
		extra.add(instanceC);
		StompClient.Subscription bobPresence = connect(bob).subscribe(Destinations.presence(team));
		track(StompClient.connect(portOf(instanceC), dave.token())).subscribe(Destinations.team(team));
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id(), dave.id())));

		instanceC.close();

		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id())));
	}

	/**
	 * An instance that crashed sends no goodbye: its users stay until its last
	 * heartbeat's ttl has passed (a heartbeat of a made-up instance, ttl 2 s, stands in
	 * for it).
	 */
	@Test
	void theUsersOfAnInstanceThatFallsSilentExpireWithItsHeartbeat() {
		Fixtures.User bob = fixtures.user("bob");
		Fixtures.User ghost = fixtures.user("ghost");
		long team = fixtures.teamWith(bob, ghost);
		StompClient.Subscription bobPresence = connect(bob).subscribe(Destinations.presence(team));
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id())));
		heartbeat("crashed-notifier", 2000, team, List.of(ghost.id()));

		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id(), ghost.id())));
		long shown = System.nanoTime();
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id())));
		assertThat(Duration.ofNanos(System.nanoTime() - shown)).as("kept until the ttl passed")
			.isGreaterThan(Duration.ofMillis(800));
	}

	/**
	 * Presence lists reach a subscriber in the order the notifier worked them out: 200
	 * heartbeats of a made-up instance, each with one more user, are 200 growing lists on
	 * screen, the last one last (the outbound channel's threads must not reorder them).
	 */
	@Test
	void presenceListsArriveInTheOrderTheyChanged() {
		Fixtures.User bob = fixtures.user("bob");
		long team = fixtures.teamWith(bob);
		StompClient.Subscription bobPresence = connect(bob).subscribe(Destinations.presence(team));
		await().atMost(SOON).until(() -> online(bobPresence).equals(Set.of(bob.id())));
		int before = bobPresence.ofType("presence").size();
		List<Long> others = new ArrayList<>();
		for (int i = 1; i <= 200; i++) {
			others.add(900_000_000L + i);
			heartbeat("busy-notifier", 60_000, team, others);
		}

		Set<Long> everyone = new TreeSet<>(others);
		everyone.add(bob.id());
		await().atMost(SOON).until(() -> online(bobPresence).equals(everyone));
		List<JsonNode> burst = bobPresence.ofType("presence");
		List<Integer> sizes = burst.subList(before, burst.size())
			.stream()
			.map(frame -> frame.get("online").size())
			.toList();
		assertThat(sizes).as("each list longer than the one before").isSorted().doesNotHaveDuplicates();
		heartbeat("busy-notifier", 0, team, List.of());
	}

	private void heartbeat(String instance, long ttlMs, long team, List<Long> users) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
		String body = """
				{"instance":"%s","ttlMs":%d,"teams":{"%d":%s},"ask":false}""".formatted(instance, ttlMs, team, users);
		context.getBean(RabbitTemplate.class)
			.send(presenceExchange, "instance." + instance + ".heartbeat",
					new org.springframework.amqp.core.Message(body.getBytes(StandardCharsets.UTF_8), properties));
	}

	@org.junit.jupiter.api.AfterEach
	void closeExtraInstances() {
		extra.forEach(ConfigurableApplicationContext::close);
	}

	private static void typing(StompClient.Connection connection, long team, boolean typing) {
		connection.session.send("/app/teams." + team + ".typing",
				("{\"typing\":" + typing + "}").getBytes(StandardCharsets.UTF_8));
	}

	/** The online users of the last presence frame. */
	private static Set<Long> online(StompClient.Subscription presence) {
		List<JsonNode> frames = presence.ofType("presence");
		return frames.isEmpty() ? Set.of() : online(frames.get(frames.size() - 1));
	}

	private static Set<Long> online(JsonNode frame) {
		Set<Long> users = new TreeSet<>();
		frame.get("online").forEach(id -> users.add(id.asLong()));
		return users;
	}

}
