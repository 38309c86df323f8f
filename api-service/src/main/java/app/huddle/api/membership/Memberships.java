package app.huddle.api.membership;

import java.util.List;
import java.util.Optional;

import app.huddle.api.shared.HuddleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which team, and the checks every team resource goes through. */
@Repository
public class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Role> roleOf(long teamId, long userId) {
		return jdbc.sql("SELECT role FROM team_members WHERE team_id = ? AND user_id = ?")
			.params(teamId, userId)
			.query(Role.class)
			.optional();
	}

	/** The caller's role; a non-member learns nothing, not even that the team exists. */
	public Role require(long teamId, long userId) {
		return roleOf(teamId, userId).orElseThrow(() -> teamNotFound(teamId));
	}

	public void requireOwner(long teamId, long userId) {
		if (require(teamId, userId) != Role.OWNER) {
			throw HuddleException.forbidden("Only an owner of team " + teamId + " may do this.");
		}
	}

	public static HuddleException teamNotFound(long teamId) {
		return HuddleException.notFound("Team " + teamId + " does not exist or you are not a member.");
	}

	/** Adds a member; false when they already were one. */
	public boolean add(long teamId, long userId, Role role) {
		return jdbc.sql("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(teamId, userId, role.name())
			.update() == 1;
	}

	public void remove(long teamId, long userId) {
		jdbc.sql("DELETE FROM team_members WHERE team_id = ? AND user_id = ?").params(teamId, userId).update();
	}

	public List<Member> members(long teamId) {
		return jdbc.sql("""
				SELECT u.id, u.username, u.display_name, m.role
				FROM team_members m JOIN users u ON u.id = m.user_id
				WHERE m.team_id = ? ORDER BY m.role DESC, u.username""").param(teamId).query(Member.class).list();
	}

}
