package app.huddle.api.event;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.UserRef;

/** A member gave or changed their answer to a team event; the counts after it. */
record TeamEventRsvpChanged(long eventId, UserRef user, RsvpResponse response,
		RsvpCounts counts) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.TEAM_EVENT_RSVP_CHANGED;
	}

}
