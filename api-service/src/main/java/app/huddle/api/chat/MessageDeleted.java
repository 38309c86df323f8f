package app.huddle.api.chat;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A message was deleted by its author or an owner; the envelope's data is the
 * placeholder, without body.
 */
record MessageDeleted(@JsonValue Message message) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MESSAGE_DELETED;
	}

}
