package app.huddle.api.event;

import java.time.Instant;
import java.util.List;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A team's events: planning, answering, editing and cancelling them. Every write counts
 * against the per-user event limit.
 */
@RestController
class EventController {

	private static final String WHEN = "'when' must be upcoming or past";

	private static final String LIMIT = "'limit' must be from 1 to 200";

	private final EventService events;

	private final EventEditing editing;

	private final WriteLimits limits;

	EventController(EventService events, EventEditing editing, WriteLimits limits) {
		this.events = events;
		this.editing = editing;
		this.limits = limits;
	}

	@PostMapping("/api/teams/{teamId}/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan an event; the whole team is told (event.created)",
			description = "timeZone is an IANA id such as Europe/Oslo, UTC when absent.")
	TeamEvent create(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Valid @RequestBody NewEvent body) {
		limits.take(me.id(), Write.EVENT);
		return events.create(me, teamId, body);
	}

	@GetMapping("/api/teams/{teamId}/events")
	@Operation(summary = "The team's events, cancelled ones left out", description = """
			upcoming (the default): events not yet over (their end, or their start when they have none, \
			not before now), soonest first; past: the others, the latest first. With from or to, instead \
			the events starting in [from, to) in order (from defaults to now, to to a year after from).""")
	List<TeamEvent> list(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Parameter(schema = @Schema(allowableValues = { "upcoming", "past" })) @RequestParam(
					required = false) @Nullable @Pattern(regexp = "upcoming|past", message = WHEN) String when,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = LIMIT) @Max(value = 200,
					message = LIMIT) int limit,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		if (from != null || to != null) {
			if (when != null) {
				throw HuddleException.badRequest("Give either 'when' or 'from'/'to', not both.");
			}
			return events.window(me, teamId, from, to, limit);
		}
		return "past".equals(when) ? events.past(me, teamId, limit) : events.upcoming(me, teamId, limit);
	}

	@GetMapping("/api/teams/{teamId}/events/{eventId}")
	@Operation(summary = "One event, also a cancelled one")
	TeamEvent one(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long eventId) {
		return events.one(me, teamId, eventId);
	}

	@PutMapping("/api/teams/{teamId}/events/{eventId}/rsvp")
	@Operation(summary = "Answer an event (event.rsvp.changed); the same answer again records nothing",
			description = "Any member. 409 once the event is cancelled.")
	TeamEvent rsvp(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long eventId,
			@Valid @RequestBody RsvpAnswer body) {
		limits.take(me.id(), Write.EVENT);
		return events.answer(me, teamId, eventId, body.response());
	}

	@PatchMapping("/api/teams/{teamId}/events/{eventId}")
	@Operation(summary = "Edit an event (event.updated); when nothing changes, nothing is recorded", description = """
			Its creator or an owner of the team (others 403); 409 once it is cancelled. Fields left out \
			stay; null clears endsAt, location or description (and is refused for the others). The \
			result follows the rules of creating an event. Members going or maybe are notified when \
			startsAt, endsAt, timeZone or location changed.""")
	TeamEvent edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long eventId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = EventPatch.class))) @RequestBody JsonNode body) {
		limits.take(me.id(), Write.EVENT);
		return editing.edit(me, teamId, eventId, body);
	}

	@PostMapping("/api/teams/{teamId}/events/{eventId}/cancel")
	@Operation(summary = "Cancel an event (event.cancelled); members going or maybe are notified",
			description = "Its creator or an owner of the team (others 403); 409 when it is already cancelled.")
	TeamEvent cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long eventId) {
		limits.take(me.id(), Write.EVENT);
		return editing.cancel(me, teamId, eventId);
	}

	record RsvpAnswer(@NotNull RsvpResponse response) {
	}

}
