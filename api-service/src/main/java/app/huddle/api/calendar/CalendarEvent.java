package app.huddle.api.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A team event as a calendar shows it. */
record CalendarEvent(long id, String teamName, String title, Instant startsAt, @Nullable Instant endsAt,
		String timeZone, @Nullable String location, @Nullable String description, Instant createdAt,
		@Nullable Instant updatedAt, @Nullable Instant cancelledAt) {

	/**
	 * RFC 5545's SEQUENCE: it must grow with each significant change. Edits are not
	 * counted, so the seconds from creation to the last edit or cancellation stand in: 0
	 * for an untouched event, larger after every later change.
	 */
	int sequence() {
		Instant last = updatedAt;
		if (cancelledAt != null && (last == null || cancelledAt.isAfter(last))) {
			last = cancelledAt;
		}
		return last == null ? 0 : (int) Math.max(0, last.getEpochSecond() - createdAt.getEpochSecond());
	}

}
