package app.huddle.api.event;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.huddle.api.shared.PlainText;
import app.huddle.api.shared.Text;

import org.jspecify.annotations.Nullable;

/** The body of a new team event. */
record NewEvent(@NotBlank @Size(max = 200) @PlainText String title, @NotNull Instant startsAt, @Nullable Instant endsAt,
		@Nullable @Size(max = 200) @PlainText String location,
		@Nullable @Size(max = 2000) @PlainText(multiline = true) String description) {

	NewEvent {
		title = Text.of(title);
		location = Text.of(location);
		description = Text.of(description);
	}

}
