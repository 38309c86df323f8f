package app.huddle.api.event;

import java.util.List;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

/**
 * A team event was edited by its creator or an owner: the event as it now stands and the
 * names of the fields that changed. To the team, and to the members going or maybe going
 * when its time or place changed.
 */
record TeamEventUpdated(PlannedEvent event, List<String> changed) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.TEAM_EVENT_UPDATED;
	}

}
