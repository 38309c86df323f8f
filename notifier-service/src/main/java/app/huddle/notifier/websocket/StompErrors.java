package app.huddle.notifier.websocket;

import java.nio.charset.StandardCharsets;

import app.huddle.notifier.access.AccessRefused;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * ERROR frames that say why access was refused, and nothing about internals otherwise;
 * ERROR frames the notifier itself sends (a session that ended) keep their own message.
 */
class StompErrors extends StompSubProtocolErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(StompErrors.class);

	@Override
	protected Message<byte[]> handleInternal(StompHeaderAccessor errorHeaderAccessor, byte[] errorPayload,
			@Nullable Throwable cause, @Nullable StompHeaderAccessor clientHeaderAccessor) {
		String own = errorHeaderAccessor.getMessage();
		String reason = cause == null && own != null ? own : reason(cause);
		errorHeaderAccessor.setMessage(reason);
		return super.handleInternal(errorHeaderAccessor, reason.getBytes(StandardCharsets.UTF_8), cause,
				clientHeaderAccessor);
	}

	private static String reason(@Nullable Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof AccessRefused refused && refused.getMessage() != null) {
				return refused.getMessage();
			}
		}
		// The client learns nothing of it; the operator must.
		log.warn("A STOMP frame failed; the client gets an ERROR frame and is told to reconnect", cause);
		return "The server could not handle this frame; reconnect.";
	}

}
