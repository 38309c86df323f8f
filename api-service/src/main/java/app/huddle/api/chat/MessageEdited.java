package app.huddle.api.chat;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A message was edited by its author; the envelope's data is the message as it now reads.
 */
record MessageEdited(@JsonValue Message message) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MESSAGE_EDITED;
	}

}
