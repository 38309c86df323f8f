package app.huddle.notifier.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code team_members}, the api-service's record of who belongs to which team. */
@Component
class TeamMemberships {

	private final JdbcClient jdbc;

	TeamMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isMember(long teamId, long userId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?)")
			.params(teamId, userId)
			.query(Boolean.class)
			.single();
	}

	/** Which of the pairs are still memberships, in one query. */
	Set<Membership> stillMembers(Collection<Membership> pairs) {
		if (pairs.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT m.team_id, m.user_id FROM team_members m
				JOIN unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) AS p(team_id, user_id)
				  ON p.team_id = m.team_id AND p.user_id = m.user_id""")
			.params(pairs.stream().map(Membership::teamId).toArray(Long[]::new),
					pairs.stream().map(Membership::userId).toArray(Long[]::new))
			.query((rs, row) -> new Membership(rs.getLong(1), rs.getLong(2)))
			.list());
	}

	record Membership(long teamId, long userId) {
	}

}
