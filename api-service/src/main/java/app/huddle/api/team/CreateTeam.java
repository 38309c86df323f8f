package app.huddle.api.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.huddle.api.shared.PlainText;
import app.huddle.api.shared.Text;

import org.jspecify.annotations.Nullable;

/** The body of a new team. */
record CreateTeam(@NotBlank @Size(max = 80) @PlainText String name,
		@Nullable @Size(max = 500) @PlainText(multiline = true) String description) {

	CreateTeam {
		name = Text.of(name);
		description = Text.of(description);
	}

}
