package app.huddle.api.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A feed's secret: 32 random bytes, base64url, shown to its owner once inside the feed's
 * URL. Only its SHA-256 is stored (as session tokens are), so a copy of the database
 * opens no feed.
 */
final class FeedSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private FeedSecrets() {
	}

	static String generate() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
