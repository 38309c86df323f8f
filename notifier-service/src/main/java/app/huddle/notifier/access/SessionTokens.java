package app.huddle.notifier.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the api-service's Spring Session table: the session id is a hash of the bearer
 * token (the api's {@code auth/SessionTokens}: the first 36 characters of the unpadded
 * base64url SHA-256 of the token), and the principal name is the user id. Logout deletes
 * the row, so the next check fails everywhere.
 */
@Component
class SessionTokens {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int SESSION_ID_LENGTH = 36;

	private final JdbcClient jdbc;

	SessionTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user id behind a live token. */
	Optional<Long> userFor(String token) {
		if (!WELL_FORMED.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ? AND expiry_time > ?")
			.params(sessionIdOf(token), System.currentTimeMillis())
			.query(String.class)
			.optional()
			.flatMap(SessionTokens::userId);
	}

	/** Those of the tokens that still belong to a live session, in one query. */
	Set<String> stillValid(Collection<String> tokens) {
		if (tokens.isEmpty()) {
			return Set.of();
		}
		Map<String, String> tokenById = new HashMap<>();
		tokens.forEach(token -> tokenById.put(sessionIdOf(token), token));
		Set<String> valid = new HashSet<>();
		jdbc.sql("SELECT session_id FROM spring_session WHERE session_id = ANY(CAST(? AS text[])) AND expiry_time > ?")
			.params(tokenById.keySet().toArray(String[]::new), System.currentTimeMillis())
			.query(String.class)
			.list()
			.forEach(id -> valid.add(tokenById.get(id.strip())));
		return valid;
	}

	/**
	 * The Spring Session id a token stands for. Every comparison of a token with a stored
	 * or announced session id goes through here.
	 */
	static String sessionIdOf(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, SESSION_ID_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Optional<Long> userId(String principal) {
		try {
			return Optional.of(Long.parseLong(principal.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
