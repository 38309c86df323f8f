package app.huddle.api.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.huddle.api.invitation.Invitation.Status;
import app.huddle.api.invitation.Invitation.TeamRef;
import app.huddle.api.shared.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitation rows, read with their team and both users; a pending one past its expiry
 * reads as EXPIRED.
 */
@Repository
class Invitations {

	private static final String SELECT = """
			SELECT i.id, i.team_id, t.name AS team_name, i.status, i.created_at, i.expires_at,
			       a.id AS inviter_id, a.username AS inviter_username, a.display_name AS inviter_display_name,
			       b.id AS invitee_id, b.username AS invitee_username, b.display_name AS invitee_display_name
			FROM invitations i
			JOIN teams t ON t.id = i.team_id
			JOIN users a ON a.id = i.inviter_id
			JOIN users b ON b.id = i.invitee_id
			""";

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Invitation> find(long id, boolean forUpdate) {
		return jdbc.sql(SELECT + " WHERE i.id = ?" + (forUpdate ? " FOR UPDATE OF i" : ""))
			.param(id)
			.query(Invitations::map)
			.optional();
	}

	List<Invitation> pendingFor(long inviteeId) {
		return jdbc
			.sql(SELECT
					+ " WHERE i.invitee_id = ? AND i.status = 'PENDING' AND i.expires_at > now() ORDER BY i.id DESC")
			.param(inviteeId)
			.query(Invitations::map)
			.list();
	}

	List<Invitation> pendingIn(long teamId) {
		return jdbc
			.sql(SELECT + " WHERE i.team_id = ? AND i.status = 'PENDING' AND i.expires_at > now() ORDER BY i.id DESC")
			.param(teamId)
			.query(Invitations::map)
			.list();
	}

	/**
	 * Inserts a pending invitation; false when one is already pending for this person and
	 * team.
	 */
	Optional<Long> insertPending(long teamId, long inviterId, long inviteeId, Instant expiresAt) {
		jdbc.sql("""
				UPDATE invitations SET status = 'EXPIRED'
				WHERE team_id = ? AND invitee_id = ? AND status = 'PENDING' AND expires_at <= now()""")
			.params(teamId, inviteeId)
			.update();
		return jdbc.sql("""
				INSERT INTO invitations (team_id, inviter_id, invitee_id, status, expires_at)
				VALUES (?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING RETURNING id""")
			.params(teamId, inviterId, inviteeId, java.sql.Timestamp.from(expiresAt))
			.query(Long.class)
			.optional();
	}

	void setStatus(long id, Status status) {
		jdbc.sql("UPDATE invitations SET status = ?, responded_at = now() WHERE id = ?")
			.params(status.name(), id)
			.update();
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
		Status status = Status.valueOf(rs.getString("status"));
		if (status == Status.PENDING && !expiresAt.isAfter(Instant.now())) {
			status = Status.EXPIRED;
		}
		return new Invitation(rs.getLong("id"), new TeamRef(rs.getLong("team_id"), rs.getString("team_name")),
				user(rs, "inviter"), user(rs, "invitee"), status, rs.getTimestamp("created_at").toInstant(), expiresAt);
	}

	private static UserRef user(ResultSet rs, String prefix) throws SQLException {
		return new UserRef(rs.getLong(prefix + "_id"), rs.getString(prefix + "_username"),
				rs.getString(prefix + "_display_name"));
	}

}
