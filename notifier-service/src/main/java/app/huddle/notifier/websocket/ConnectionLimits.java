package app.huddle.notifier.websocket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

import app.huddle.notifier.NotifierSettings;
import app.huddle.notifier.access.LocalSessions;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Bounds what sockets may cost one instance. Beyond {@code max-sessions} open sockets the
 * handshake is refused with 503 and {@code Retry-After}, before the upgrade, so nothing
 * is allocated for it (at ~4,200 idle sessions a 512 MiB heap was once full and Tomcat's
 * acceptor died). A socket that has not completed a STOMP CONNECT within
 * {@code time-to-first-message} is closed: Spring checks that setting only while it sends
 * to clients, so an idle instance never did.
 */
@Component
class ConnectionLimits implements HandshakeInterceptor, WebSocketHandlerDecoratorFactory {

	private static final Logger log = LoggerFactory.getLogger(ConnectionLimits.class);

	private static final String DEADLINE = ConnectionLimits.class.getName() + ".deadline";

	private final AtomicInteger open = new AtomicInteger();

	private final LocalSessions sessions;

	private final TaskScheduler scheduler;

	private final NotifierSettings.Transport transport;

	ConnectionLimits(LocalSessions sessions, @Qualifier("notifierScheduler") TaskScheduler scheduler,
			NotifierSettings settings, MeterRegistry meters) {
		this.sessions = sessions;
		this.scheduler = scheduler;
		this.transport = settings.transport();
		Gauge.builder("huddle.notifier.websocket.sessions", open, AtomicInteger::get)
			.description("WebSocket sessions open on this instance")
			.register(meters);
	}

	/** WebSocket sessions open on this instance. */
	int openSessions() {
		return open.get();
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		if (open.get() < transport.maxSessions()) {
			return true;
		}
		log.debug("Refusing a WebSocket handshake: {} sessions open", open.get());
		response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(transport.retryAfter().toSeconds()));
		return false;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	@Override
	public WebSocketHandler decorate(WebSocketHandler handler) {
		return new WebSocketHandlerDecorator(handler) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				open.incrementAndGet();
				Duration wait = transport.timeToFirstMessage();
				session.getAttributes()
					.put(DEADLINE,
							scheduler.schedule(() -> Thread.ofVirtual().start(() -> closeUnlessConnected(session)),
									Instant.now().plus(wait)));
				super.afterConnectionEstablished(session);
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
				open.decrementAndGet();
				if (session.getAttributes().remove(DEADLINE) instanceof ScheduledFuture<?> deadline) {
					deadline.cancel(false);
				}
				super.afterConnectionClosed(session, closeStatus);
			}

		};
	}

	/**
	 * Runs on a virtual thread: closing a socket whose client reads nothing must not hold
	 * up the scheduler, which also sends the heartbeats.
	 */
	private void closeUnlessConnected(WebSocketSession session) {
		session.getAttributes().remove(DEADLINE);
		if (!session.isOpen() || sessions.isConnected(session.getId())) {
			return;
		}
		try {
			session.close(CloseStatus.POLICY_VIOLATION
				.withReason("No STOMP CONNECT within " + transport.timeToFirstMessage().toSeconds() + " s"));
		}
		catch (Exception ex) {
			log.debug("Closing WebSocket session {} without CONNECT failed: {}", session.getId(), ex.getMessage());
		}
	}

}
