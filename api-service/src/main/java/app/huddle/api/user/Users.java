package app.huddle.api.user;

import java.util.Optional;

import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts. */
@Repository
public class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates an account; a taken name is a conflict. */
	public UserRef create(String username, String displayName, String passwordHash) {
		long id = jdbc.sql("""
				INSERT INTO users (username, display_name, password_hash) VALUES (?, ?, ?)
				ON CONFLICT (username) DO NOTHING RETURNING id""")
			.params(username, displayName, passwordHash)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> HuddleException.conflict("The username '" + username + "' is taken."));
		return new UserRef(id, username, displayName);
	}

	public Optional<UserRef> findByUsername(String username) {
		return jdbc.sql("SELECT id, username, display_name FROM users WHERE username = ?")
			.param(username)
			.query(UserRef.class)
			.optional();
	}

	public Optional<String> passwordHash(String username) {
		return jdbc.sql("SELECT password_hash FROM users WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	public UserRef get(long id) {
		return jdbc.sql("SELECT id, username, display_name FROM users WHERE id = ?")
			.param(id)
			.query(UserRef.class)
			.optional()
			.orElseThrow(() -> HuddleException.notFound("No user with id " + id + "."));
	}

}
