package app.huddle.api.team;

import java.util.List;

import app.huddle.api.membership.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Team rows, read as the given member sees them. */
@Repository
class Teams {

	private final JdbcClient jdbc;

	Teams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new team's id. */
	long insert(String name, String description, long createdBy) {
		return jdbc.sql("INSERT INTO teams (name, description, created_by) VALUES (?, ?, ?) RETURNING id")
			.params(name, description, createdBy)
			.query(Long.class)
			.single();
	}

	/** The teams a user belongs to, with their role in each, by name. */
	List<Team> of(long userId) {
		return jdbc
			.sql("""
					SELECT t.id, t.name, t.description, m.role, NULL AS last_seq, NULL AS read_seq, NULL AS unread, NULL AS members
					FROM teams t JOIN team_members m ON m.team_id = t.id
					WHERE m.user_id = ? ORDER BY t.name, t.id""")
			.param(userId)
			.query(Team.class)
			.list();
	}

	/** A team the caller is known to belong to, with their role and without members. */
	Team get(long teamId, Role role) {
		return jdbc.sql(
				"SELECT id, name, description, ? AS role, NULL AS last_seq, NULL AS read_seq, NULL AS unread, NULL AS members FROM teams WHERE id = ?")
			.params(role.name(), teamId)
			.query(Team.class)
			.single();
	}

}
