package app.huddle.api.event;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The body of a new team event. */
record NewEvent(@NotBlank @Size(max = 200) String title, @NotNull Instant startsAt, @Nullable Instant endsAt,
		@Nullable @Size(max = 200) String location, @Nullable @Size(max = 2000) String description) {
}
