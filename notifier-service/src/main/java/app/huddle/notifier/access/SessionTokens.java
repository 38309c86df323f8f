package app.huddle.notifier.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.huddle.config.SessionIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the api-service's Spring Session table: the session id is a hash of the bearer
 * token ({@link SessionIds}, as the api stores it), and the principal name is the user
 * id. Logout deletes the row, so the next check fails everywhere.
 */
@Component
class SessionTokens {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

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
		return SessionIds.of(token);
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
