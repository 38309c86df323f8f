package app.huddle.api.team;

import java.util.List;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Teams and their members. */
@RestController
class TeamController {

	private final TeamService teams;

	private final WriteLimits limits;

	TeamController(TeamService teams, WriteLimits limits) {
		this.teams = teams;
		this.limits = limits;
	}

	@PostMapping("/api/teams")
	@ResponseStatus(HttpStatus.CREATED)
	Team create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody CreateTeam body) {
		limits.take(me.id(), Write.TEAM);
		return teams.create(me, body.name(), body.description());
	}

	@GetMapping("/api/teams")
	List<Team> mine(@AuthenticationPrincipal CurrentUser me) {
		return teams.mine(me);
	}

	@GetMapping("/api/teams/{teamId}")
	Team get(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId) {
		return teams.get(me, teamId);
	}

	@DeleteMapping("/api/teams/{teamId}/members/{userId}")
	ResponseEntity<Void> removeMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@PathVariable long userId) {
		teams.removeMember(me, teamId, userId);
		return ResponseEntity.noContent().build();
	}

}
