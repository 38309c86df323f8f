package app.huddle.notifier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import app.huddle.testsupport.Fixtures;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: a socket that never sends CONNECT, a logout, and a flood of connections, with
 * small limits set here. Revalidation is slowed to a minute, so a logout that ends
 * sockets in seconds proves the immediate path.
 */
@TestPropertySource(properties = { "huddle.notifier.transport.time-to-first-message=2s",
		"huddle.notifier.transport.max-sessions=4", "huddle.notifier.transport.max-sessions-per-user=2",
		"huddle.notifier.transport.retry-after=7s", "huddle.notifier.revalidate-interval=60s" })
class SessionLimitsTests extends NotifierTests {

	private static final Duration SOON = Duration.ofSeconds(10);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@BeforeEach
	void noSocketsLeftFromTheLastTest() {
		await("sockets of earlier tests closed").atMost(SOON).until(() -> openSockets() == 0);
	}

	@Test
	void aSocketThatSendsNoConnectIsClosedAfterTheTimeToFirstMessage() {
		StompClient.Connection connected = connect(fixtures.user("punctual"));
		RawSocket silent = RawSocket.open(port);
		long opened = System.nanoTime();

		await().atMost(SOON).until(() -> silent.closeCode.isDone());

		assertThat(silent.closeCode.join()).isEqualTo(1008);
		assertThat(Duration.ofNanos(System.nanoTime() - opened)).isBetween(Duration.ofMillis(1500),
				Duration.ofSeconds(5));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(connected::open);
	}

	@Test
	void logoutClosesThatSessionsSocketsAtOnceAndNoOther() {
		Fixtures.User user = fixtures.user("leaving");
		String otherDevice = fixtures.login(user.username());
		StompClient.Connection leaving = connect(user);
		leaving.subscribe(Destinations.MY_NOTIFICATIONS);
		StompClient.Connection stays = track(StompClient.connect(port, otherDevice));
		stays.subscribe(Destinations.MY_NOTIFICATIONS);
		awaitNotificationsSubscribed(context, user, 2);

		assertThat(api.post("/api/auth/logout", user.token(), null).status()).isEqualTo(204);

		await().atMost(Duration.ofSeconds(5)).until(leaving::closed);
		assertThat(leaving.errors).singleElement().asString().contains("session ended (logged out)");
		assertThat(stays.open()).isTrue();
		assertThat(stays.errors).isEmpty();
		assertThat(api.get("/api/notifications", otherDevice).body()).doesNotContain("session.ended");
	}

	@Test
	void aUserHoldsAtMostTheConfiguredSessionsOnOneInstance() {
		Fixtures.User user = fixtures.user("tabs");
		connect(user);
		connect(user);

		StompClient.Connection third = open(port, user.token(), null, null);

		await().atMost(SOON).until(() -> !third.errors.isEmpty() && third.closed());
		assertThat(third.errors).singleElement().asString().contains("At most 2 connections per user");
		assertThat(connect(fixtures.user("other")).open()).as("another user still gets in").isTrue();
	}

	@Test
	void beyondTheInstanceCapTheHandshakeIsRefusedWith503() {
		Fixtures.User first = fixtures.user("first");
		Fixtures.User second = fixtures.user("second");
		StompClient.Connection closing = connect(first);
		connect(first);
		connect(second);
		connect(second);

		CompletableFuture<WebSocket> refused = RawSocket.open(port).socket;

		await().atMost(SOON).until(refused::isDone);
		assertThat(refused).failsWithin(Duration.ZERO).withThrowableThat().satisfies(failure -> {
			WebSocketHandshakeException handshake = handshakeFailure(failure);
			assertThat(handshake.getResponse().statusCode()).isEqualTo(503);
			assertThat(handshake.getResponse().headers().firstValue("Retry-After")).hasValue("7");
		});
		closing.close();
		await().atMost(SOON).until(() -> openSockets() == 3);
		assertThat(connect(fixtures.user("later")).open()).as("a place freed is taken again").isTrue();
	}

	private static WebSocketHandshakeException handshakeFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof WebSocketHandshakeException handshake) {
				return handshake;
			}
		}
		throw new AssertionError("Not a refused handshake", failure);
	}

	private int openSockets() {
		return (int) context.getBean(MeterRegistry.class).get("huddle.notifier.websocket.sessions").gauge().value();
	}

	/** A plain WebSocket to /ws (the JDK's client) that sends nothing. */
	private static final class RawSocket implements WebSocket.Listener {

		final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

		CompletableFuture<WebSocket> socket = new CompletableFuture<>();

		static RawSocket open(int port) {
			RawSocket raw = new RawSocket();
			raw.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), raw);
			return raw;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closeCode.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closeCode.completeExceptionally(error);
		}

	}

}
