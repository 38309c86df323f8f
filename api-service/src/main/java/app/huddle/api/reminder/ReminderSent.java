package app.huddle.api.reminder;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

/** A member was reminded that a team event starts soon ({@code event.reminder}). */
record ReminderSent(RemindedEvent event, ReminderBefore before) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.REMINDER_SENT;
	}

}
