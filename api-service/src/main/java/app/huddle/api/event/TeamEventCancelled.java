package app.huddle.api.event;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.UserRef;

/**
 * A team event was cancelled by its creator or an owner. To the team, and to the members
 * going or maybe going.
 */
record TeamEventCancelled(PlannedEvent event, UserRef cancelledBy) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.TEAM_EVENT_CANCELLED;
	}

}
