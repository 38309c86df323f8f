package app.huddle.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The session id a bearer token stands for: the first 36 characters of the unpadded
 * base64url SHA-256 of the token's UTF-8 bytes. The api stores only this in
 * {@code spring_session.session_id}; the notifier looks tokens up by it.
 */
public final class SessionIds {

	private static final int LENGTH = 36;

	private SessionIds() {
	}

	public static String of(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
