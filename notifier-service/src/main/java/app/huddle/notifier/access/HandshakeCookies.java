package app.huddle.notifier.access;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Keeps the session cookie of the WebSocket handshake for the CONNECT frame, where
 * browsers cannot add an Authorization header. The origin check runs before this, so a
 * foreign site cannot ride on the cookie.
 */
@Component
public class HandshakeCookies implements HandshakeInterceptor {

	static final String COOKIE = "HUDDLE_SESSION";

	static final String ATTRIBUTE = "huddle.sessionCookie";

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		String token = cookie(request.getHeaders().getOrEmpty(HttpHeaders.COOKIE));
		if (token != null) {
			attributes.put(ATTRIBUTE, token);
		}
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	private static @Nullable String cookie(List<String> headers) {
		for (String header : headers) {
			for (String pair : header.split(";")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && pair.substring(0, equals).strip().equals(COOKIE)) {
					return pair.substring(equals + 1).strip();
				}
			}
		}
		return null;
	}

}
