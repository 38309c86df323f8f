package app.huddle.api.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A member to remind of an event, with the lead time they chose. */
record DueReminder(long userId, RemindedEvent event, ReminderBefore before) {

	ReminderSent sent() {
		return new ReminderSent(event, before);
	}

	static DueReminder of(long userId, long eventId, long teamId, String title, Instant startsAt,
			@Nullable Instant endsAt, String timeZone, @Nullable String location, ReminderBefore before) {
		return new DueReminder(userId, new RemindedEvent(eventId, teamId, title, startsAt, endsAt, timeZone, location),
				before);
	}

}
