package app.huddle.api.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The body of a new team. */
record CreateTeam(@NotBlank @Size(max = 80) String name, @Nullable @Size(max = 500) String description) {
}
