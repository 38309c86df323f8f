package app.huddle.api.activity;

import java.util.List;

import app.huddle.api.shared.CurrentUser;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** Catch-up: the team's envelopes after a seq, in order. */
@RestController
class ActivityController {

	private final ActivityFeed feed;

	ActivityController(ActivityFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/api/teams/{teamId}/activity")
	List<JsonNode> activity(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return feed.after(me.id(), teamId, after, limit);
	}

}
