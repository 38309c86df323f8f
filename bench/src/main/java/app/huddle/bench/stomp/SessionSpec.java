package app.huddle.bench.stomp;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.jspecify.annotations.Nullable;

/**
 * Where one STOMP session connects and what it subscribes to.
 *
 * @param server the WebSocket server (gateway, a notifier, or the broker-relay baseline)
 * @param localAddress the source address to bind, e.g. 127.0.0.2; {@code null} for any
 * @param token the bearer token sent on CONNECT; {@code null} to CONNECT without one
 * @param destination the one destination subscribed to
 * @param receipt whether the server answers SUBSCRIBE's receipt (the session is live on
 * RECEIPT); when not, it counts as live once SUBSCRIBE is sent, and the caller checks
 * delivery
 */
public record SessionSpec(InetSocketAddress server, @Nullable InetAddress localAddress, @Nullable String token,
		String destination, boolean receipt) {

	/** The WebSocket endpoint's path on every server the harness talks to. */
	static final String PATH = "/ws";

}
