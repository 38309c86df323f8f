package app.huddle.api.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The bodies of the account calls. */
final class AuthRequests {

	private AuthRequests() {
	}

	record Register(
			@NotNull @Pattern(regexp = "[a-z0-9_.-]{3,32}",
					message = "must be 3 to 32 characters of a-z, 0-9, '_', '.' or '-'") String username,
			@NotNull @Size(min = 8, max = FitsPasswordHash.MAX_BYTES) @FitsPasswordHash String password,
			@Nullable @Size(max = 64) String displayName) {
	}

	record Login(@NotNull @Size(max = 128) String username,
			@NotNull @Size(max = FitsPasswordHash.MAX_BYTES) @FitsPasswordHash String password) {
	}

}
