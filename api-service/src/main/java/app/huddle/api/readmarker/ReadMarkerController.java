package app.huddle.api.readmarker;

import app.huddle.api.shared.CurrentUser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's read marker in a team. */
@RestController
class ReadMarkerController {

	private final ReadMarkerService markers;

	ReadMarkerController(ReadMarkerService markers) {
		this.markers = markers;
	}

	/**
	 * Moves the marker forward to {@code seq} (never back) and answers the stored marker;
	 * idempotent.
	 */
	@PutMapping("/api/teams/{teamId}/read")
	ReadMarker markRead(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Valid @RequestBody MarkTeamRead body) {
		return markers.markRead(me, teamId, body.seq());
	}

	record MarkTeamRead(@NotNull @Min(0) Long seq) {
	}

}
