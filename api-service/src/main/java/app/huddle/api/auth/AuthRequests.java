package app.huddle.api.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.huddle.api.shared.PlainText;
import app.huddle.api.shared.Text;

import org.jspecify.annotations.Nullable;

/** The bodies of the account calls. */
final class AuthRequests {

	private AuthRequests() {
	}

	/**
	 * Usernames are stored lower-cased in their compatibility form
	 * ({@link Text#username}), so look-alikes that differ in case or width are one name.
	 */
	record Register(@NotNull @Pattern(regexp = "[a-z0-9_.-]{3,32}",
			message = "must be 3 to 32 characters of a-z, 0-9, '_', '.' or '-' (letters of any case; stored lower-case)") String username,
			@NotNull @Size(min = 8, max = FitsPasswordHash.MAX_BYTES) @FitsPasswordHash String password,
			@Nullable @Size(max = 64) @PlainText String displayName) {

		Register {
			username = Text.username(username);
			displayName = Text.of(displayName);
		}

	}

	record Login(@NotNull @Size(max = 128) String username,
			@NotNull @Size(max = FitsPasswordHash.MAX_BYTES) @FitsPasswordHash String password) {

		Login {
			username = Text.username(username);
		}

	}

}
