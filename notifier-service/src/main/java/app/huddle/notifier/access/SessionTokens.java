package app.huddle.notifier.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the api-service's Spring Session table: the bearer token is the session id and
 * the principal name is the user id. Logout deletes the row, so the next check fails
 * everywhere.
 */
@Component
class SessionTokens {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");

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
			.params(token, System.currentTimeMillis())
			.query(String.class)
			.optional()
			.flatMap(SessionTokens::userId);
	}

	/** Those of the tokens that still belong to a live session, in one query. */
	Set<String> stillValid(Collection<String> tokens) {
		if (tokens.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql(
				"SELECT rtrim(session_id) FROM spring_session WHERE session_id = ANY(CAST(? AS text[])) AND expiry_time > ?")
			.params(tokens.toArray(String[]::new), System.currentTimeMillis())
			.query(String.class)
			.list());
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
