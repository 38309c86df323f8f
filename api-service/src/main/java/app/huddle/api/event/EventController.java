package app.huddle.api.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A team's events. */
@RestController
class EventController {

	private static final Duration DEFAULT_WINDOW = Duration.ofDays(365);

	private final EventService events;

	private final WriteLimits limits;

	EventController(EventService events, WriteLimits limits) {
		this.events = events;
		this.limits = limits;
	}

	@PostMapping("/api/teams/{teamId}/events")
	@ResponseStatus(HttpStatus.CREATED)
	TeamEvent create(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Valid @RequestBody NewEvent body) {
		limits.take(me.id(), Write.EVENT);
		return events.create(me, teamId, body);
	}

	@GetMapping("/api/teams/{teamId}/events")
	List<TeamEvent> list(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		Instant start = from != null ? from : Instant.now();
		return events.between(me, teamId, start, to != null ? to : start.plus(DEFAULT_WINDOW));
	}

}
