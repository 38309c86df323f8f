package app.huddle.api.shared;

import java.io.Serializable;

/** The signed-in user, as kept in the session's security context. */
public record CurrentUser(long id, String username, String displayName) implements Serializable {

	public UserRef ref() {
		return new UserRef(id, username, displayName);
	}

}
