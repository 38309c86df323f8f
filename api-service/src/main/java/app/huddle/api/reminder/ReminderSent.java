package app.huddle.api.reminder;

import java.time.Instant;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import org.jspecify.annotations.Nullable;

/** A member was reminded that a team event starts soon ({@code event.reminder}). */
record ReminderSent(Event event, ReminderBefore before) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.REMINDER_SENT;
	}

	/** The event as the reminder shows it. */
	record Event(long id, long teamId, String title, Instant startsAt, @Nullable Instant endsAt, String timeZone,
			@Nullable String location) {
	}

}
