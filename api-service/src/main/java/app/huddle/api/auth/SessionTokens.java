package app.huddle.api.auth;

import java.security.SecureRandom;
import java.util.Base64;

import app.huddle.config.SessionIds;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.session.SessionIdGenerator;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A client holds a random token; the session table stores only a hash of it as the
 * session id, so a copy of {@code spring_session} lets nobody in. New sessions get their
 * id from here: the token is remembered on the request that created it, to be handed out
 * once (the login answer, the cookie), and is kept nowhere else. The notifier hashes the
 * tokens it is shown the same way ({@link SessionIds}).
 */
final class SessionTokens implements SessionIdGenerator {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ISSUED = SessionTokens.class.getName() + ".issued.";

	@Override
	public String generate() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String id = sessionIdOf(token);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ISSUED + id, token, RequestAttributes.SCOPE_REQUEST);
		}
		return id;
	}

	static String sessionIdOf(String token) {
		return SessionIds.of(token);
	}

	/** The token of a session this request created, or null for an older session. */
	static @Nullable String issuedIn(HttpServletRequest request, String sessionId) {
		return request.getAttribute(ISSUED + sessionId) instanceof String token ? token : null;
	}

}
