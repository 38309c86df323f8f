package app.huddle.api.auth;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

/**
 * A session was logged out; {@code sessionId} is Spring Session's id of it, never the
 * token the client held.
 */
record SessionEnded(String sessionId) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.SESSION_ENDED;
	}

}
