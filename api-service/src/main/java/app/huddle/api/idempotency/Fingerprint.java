package app.huddle.api.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What tells two requests sent with one key apart: a SHA-256 of the request line and the
 * body. A body that holds a password (register) is stretched with PBKDF2, salted with the
 * key: the table must not make a password cheaper to guess than the users table's hash
 * does.
 */
final class Fingerprint {

	private static final int ITERATIONS = 100_000;

	private Fingerprint() {
	}

	/** The fingerprint of "METHOD /path" and the body, as stored. */
	static byte[] of(String request, byte[] body, boolean holdsPassword, String salt) {
		MessageDigest sha256 = sha256();
		sha256.update(request.getBytes(StandardCharsets.UTF_8));
		sha256.update((byte) '\n');
		byte[] digest = sha256.digest(body);
		return holdsPassword ? stretched(digest, salt) : digest;
	}

	private static byte[] stretched(byte[] digest, String salt) {
		PBEKeySpec spec = new PBEKeySpec(HexFormat.of().formatHex(digest).toCharArray(),
				salt.getBytes(StandardCharsets.UTF_8), ITERATIONS, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
