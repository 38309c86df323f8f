package app.huddle.notifier;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Spring's STOMP client, as a browser would use the notifier: one WebSocket per
 * {@link Connection}.
 */
final class StompClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WebSocketStompClient CLIENT = client();

	private StompClient() {
	}

	private static WebSocketStompClient client() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(2);
		scheduler.setDaemon(true);
		scheduler.setThreadNamePrefix("test-stomp-");
		scheduler.initialize();
		// Reads frames larger than the 1 KB buffer that IdleSessionFootprint gives this
		// JVM's Tomcat, as a browser would (a large team's presence list is one).
		WebSocketContainer container = ContainerProvider.getWebSocketContainer();
		container.setDefaultMaxTextMessageBufferSize(64 * 1024);
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
		client.setTaskScheduler(scheduler);
		client.setDefaultHeartbeat(new long[] { 10_000, 10_000 });
		client.setInboundMessageSizeLimit(1024 * 1024);
		return client;
	}

	/** Opens a socket and sends CONNECT; it does not wait for the answer. */
	static Connection open(int port, @Nullable String bearer, @Nullable String cookie, @Nullable String origin) {
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		if (cookie != null) {
			handshake.add("Cookie", "HUDDLE_SESSION=" + cookie);
		}
		if (origin != null) {
			handshake.setOrigin(origin);
		}
		StompHeaders connect = new StompHeaders();
		if (bearer != null) {
			connect.add("Authorization", "Bearer " + bearer);
		}
		Connection connection = new Connection();
		CLIENT.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, connect, connection)
			.whenComplete((session, failure) -> {
				if (failure != null) {
					connection.failure = failure;
				}
			});
		return connection;
	}

	/** Connects with a bearer token and waits for CONNECTED. */
	static Connection connect(int port, String bearer) {
		return open(port, bearer, null, null).awaitConnected();
	}

	static final class Connection implements StompSessionHandler {

		final List<String> errors = new CopyOnWriteArrayList<>();

		volatile @Nullable StompSession session;

		volatile @Nullable StompHeaders connected;

		volatile @Nullable Throwable failure;

		volatile boolean lost;

		Connection awaitConnected() {
			await("CONNECTED").atMost(Duration.ofSeconds(10)).until(() -> {
				if (failure != null || !errors.isEmpty()) {
					throw new IllegalStateException("Connect failed: " + errors, failure);
				}
				return connected != null;
			});
			return this;
		}

		Subscription subscribe(String destination) {
			Subscription subscription = new Subscription(destination);
			StompSession current = session;
			if (current == null) {
				throw new IllegalStateException("Not connected");
			}
			current.subscribe(destination, subscription);
			return subscription;
		}

		/**
		 * Whether the server closed this socket (after an ERROR frame, or a lost
		 * connection).
		 */
		boolean closed() {
			StompSession current = session;
			return lost || failure != null || (current != null && !current.isConnected());
		}

		boolean open() {
			return connected != null && !closed();
		}

		void close() {
			StompSession current = session;
			if (current != null && current.isConnected()) {
				current.disconnect();
			}
		}

		@Override
		public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
			this.session = session;
			this.connected = connectedHeaders;
		}

		@Override
		public void handleException(StompSession session, @Nullable StompCommand command, StompHeaders headers,
				byte[] payload, Throwable exception) {
			errors.add("exception: " + exception);
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			if (exception instanceof ConnectionLostException) {
				lost = true;
			}
			else {
				failure = exception;
			}
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			errors.add(String.valueOf(headers.getFirst("message")));
		}

	}

	/**
	 * What one subscription received, in order, with arrival times for latency figures.
	 */
	static final class Subscription implements StompFrameHandler {

		final String destination;

		final List<JsonNode> envelopes = new CopyOnWriteArrayList<>();

		final List<byte[]> bodies = new CopyOnWriteArrayList<>();

		final List<Long> arrivals = new CopyOnWriteArrayList<>();

		Subscription(String destination) {
			this.destination = destination;
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			byte[] body = (byte[]) payload;
			long now = System.nanoTime();
			bodies.add(body);
			envelopes.add(JSON.readTree(body));
			arrivals.add(now);
		}

		List<JsonNode> ofType(String type) {
			return envelopes.stream().filter(envelope -> envelope.get("type").asString().equals(type)).toList();
		}

		/** The seqs received that are above {@code after}, in arrival order. */
		List<Long> seqsAfter(long after) {
			return envelopes.stream()
				.filter(envelope -> envelope.hasNonNull("seq") && envelope.get("seq").asLong() > after)
				.map(envelope -> envelope.get("seq").asLong())
				.toList();
		}

	}

}
