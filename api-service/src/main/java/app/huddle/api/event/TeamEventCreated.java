package app.huddle.api.event;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A team event was planned; the envelope's data is the event, without answers yet.
 */
record TeamEventCreated(@JsonValue PlannedEvent event) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.TEAM_EVENT_CREATED;
	}

}
