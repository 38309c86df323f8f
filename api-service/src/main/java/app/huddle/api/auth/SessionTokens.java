package app.huddle.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

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
 * tokens it is shown the same way: the first 36 characters of the unpadded base64url
 * SHA-256 of the token's UTF-8 bytes.
 */
final class SessionTokens implements SessionIdGenerator {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ISSUED = SessionTokens.class.getName() + ".issued.";

	private static final int ID_LENGTH = 36;

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
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, ID_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The token of a session this request created, or null for an older session. */
	static @Nullable String issuedIn(HttpServletRequest request, String sessionId) {
		return request.getAttribute(ISSUED + sessionId) instanceof String token ? token : null;
	}

}
