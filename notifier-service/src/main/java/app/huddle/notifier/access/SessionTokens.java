package app.huddle.notifier.access;

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
 * Reads the api-service's Spring Session table: the session id is derived from the bearer
 * token ({@link #sessionIdOf}) and the principal name is the user id. Logout deletes the
 * row, so the next check fails everywhere.
 */
@Component
class SessionTokens {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private final JdbcClient jdbc;

	SessionTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The Spring Session id a token stands for. Every comparison of a token with a stored
	 * or announced session id goes through here (today the token is the id).
	 */
	static String sessionIdOf(String token) {
		return token;
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
		Map<String, String> byId = new HashMap<>();
		tokens.forEach(token -> byId.put(sessionIdOf(token), token));
		Set<String> valid = new HashSet<>();
		jdbc.sql(
				"SELECT rtrim(session_id) FROM spring_session WHERE session_id = ANY(CAST(? AS text[])) AND expiry_time > ?")
			.params(byId.keySet().toArray(String[]::new), System.currentTimeMillis())
			.query(String.class)
			.list()
			.forEach(id -> valid.add(byId.get(id)));
		return valid;
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
