package app.huddle.api.chat;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/** A message was posted to a team's chat; the envelope's data is the message. */
record MessagePosted(@JsonValue Message message) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MESSAGE_POSTED;
	}

}
