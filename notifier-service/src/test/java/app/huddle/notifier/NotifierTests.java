package app.huddle.notifier;

import app.huddle.testsupport.ApiServiceExtension;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;

import static org.awaitility.Awaitility.await;

/**
 * Base of the notifier's integration tests: the in-JVM notifier, the api-service child,
 * real STOMP clients.
 */
@NotifierTest
abstract class NotifierTests {

	static final String INSTANCE_A = "notifier-test-a";

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext context;

	protected Http api;

	protected Fixtures fixtures;

	private final List<StompClient.Connection> connections = new ArrayList<>();

	@BeforeEach
	void setUpClients() {
		api = new Http(ApiServiceExtension.api().port());
		fixtures = new Fixtures(api);
	}

	@AfterEach
	void closeClients() {
		connections.forEach(StompClient.Connection::close);
	}

	protected StompClient.Connection connect(Fixtures.User user) {
		return track(StompClient.connect(port, user.token()));
	}

	protected StompClient.Connection open(int port, String bearer, String cookie, String origin) {
		return track(StompClient.open(port, bearer, cookie, origin));
	}

	protected StompClient.Connection track(StompClient.Connection connection) {
		connections.add(connection);
		return connection;
	}

	/**
	 * Waits until the notifier's broker holds {@code count} subscriptions to a
	 * destination.
	 */
	static void awaitSubscribers(ApplicationContext notifier, String destination, int count) {
		await("subscribers of " + destination).atMost(Duration.ofSeconds(10))
			.until(() -> subscribers(notifier, destination) == count);
	}

	static int subscribers(ApplicationContext notifier, String destination) {
		SimpleBrokerMessageHandler broker = notifier.getBean(SimpleBrokerMessageHandler.class);
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setDestination(destination);
		return broker.getSubscriptionRegistry()
			.findSubscriptions(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()))
			.values()
			.stream()
			.mapToInt(List::size)
			.sum();
	}

	/**
	 * Waits until every session of the user on that notifier has its notifications
	 * subscription in the broker.
	 */
	static void awaitNotificationsSubscribed(ApplicationContext notifier, Fixtures.User user, int sessions) {
		SimpUserRegistry users = notifier.getBean(SimpUserRegistry.class);
		await("notification subscriptions of " + user.username()).atMost(Duration.ofSeconds(10)).until(() -> {
			SimpUser simpUser = users.getUser(String.valueOf(user.id()));
			if (simpUser == null) {
				return false;
			}
			int ready = 0;
			for (SimpSession session : simpUser.getSessions()) {
				if (subscribers(notifier, Destinations.NOTIFICATIONS + "-user" + session.getId()) > 0) {
					ready++;
				}
			}
			return ready == sessions;
		});
	}

}
