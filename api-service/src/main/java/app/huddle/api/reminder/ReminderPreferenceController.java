package app.huddle.api.reminder;

import app.huddle.api.shared.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's choice of when to be reminded of team events. */
@RestController
class ReminderPreferenceController {

	private final ReminderPreferences preferences;

	ReminderPreferenceController(ReminderPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/api/me/reminders")
	@Operation(summary = "When the caller is reminded of events: PT15M, PT1H or P1D before the start, or NONE")
	ReminderPreference myReminders(@AuthenticationPrincipal CurrentUser me) {
		return new ReminderPreference(preferences.of(me.id()));
	}

	@PutMapping("/api/me/reminders")
	@Operation(summary = "Choose when to be reminded of events (every team's events; declined ones never remind)")
	ReminderPreference chooseReminders(@AuthenticationPrincipal CurrentUser me,
			@Valid @RequestBody ReminderChoice body) {
		return new ReminderPreference(preferences.choose(me.id(), ReminderBefore.valueOf(body.before())));
	}

	/** The caller's lead time. */
	record ReminderPreference(ReminderBefore before) {
	}

	/**
	 * A string, not the enum, so a wrong value gets a detail that lists the right ones.
	 */
	record ReminderChoice(@NotNull @Pattern(regexp = "PT15M|PT1H|P1D|NONE",
			message = "must be one of PT15M, PT1H, P1D or NONE") @Schema(type = "string", allowableValues = {
					"PT15M", "PT1H", "P1D", "NONE" }) String before){
	}

}
