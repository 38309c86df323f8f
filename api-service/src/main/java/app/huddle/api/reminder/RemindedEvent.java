package app.huddle.api.reminder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The event a reminder is about, as it stood when the reminder went out. */
record RemindedEvent(long id, long teamId, String title, Instant startsAt, @Nullable Instant endsAt, String timeZone,
		@Nullable String location) {
}
