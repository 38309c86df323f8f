package app.huddle.api.activity;

import java.util.List;

import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catch-up: the team's envelopes after a seq, in order. */
@RestController
class ActivityController {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Memberships memberships;

	ActivityController(JdbcClient jdbc, JsonMapper json, Memberships memberships) {
		this.jdbc = jdbc;
		this.json = json;
		this.memberships = memberships;
	}

	@GetMapping("/api/teams/{teamId}/activity")
	@Transactional(readOnly = true)
	List<JsonNode> activity(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		memberships.require(teamId, me.id());
		return jdbc.sql("SELECT envelope::text FROM team_activities WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?")
			.params(teamId, after, limit)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

}
