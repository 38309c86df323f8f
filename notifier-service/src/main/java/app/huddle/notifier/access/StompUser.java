package app.huddle.notifier.access;

import java.security.Principal;

/**
 * The signed-in user of a STOMP session; the name is the user id, which user destinations
 * resolve by.
 */
record StompUser(long id) implements Principal {

	@Override
	public String getName() {
		return String.valueOf(id);
	}

}
