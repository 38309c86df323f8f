package app.huddle.api.activity;

import java.util.List;

import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a team's envelopes back for catch-up. */
@Repository
@RetryOnFailover
class ActivityFeed {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Memberships memberships;

	ActivityFeed(JdbcClient jdbc, JsonMapper json, Memberships memberships) {
		this.jdbc = jdbc;
		this.json = json;
		this.memberships = memberships;
	}

	@Transactional(readOnly = true)
	List<JsonNode> after(long userId, long teamId, long after, int limit) {
		memberships.require(teamId, userId);
		return jdbc.sql("SELECT envelope::text FROM team_activities WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?")
			.params(teamId, after, limit)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

}
