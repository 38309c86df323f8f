package app.huddle.api.event;

import java.time.Instant;
import java.util.List;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/**
 * A team event as the REST API shows it to one member: the event every member sees, with
 * the caller's own answer.
 */
record TeamEvent(long id, long teamId, long seq, String title, Instant startsAt, @Nullable Instant endsAt,
		String timeZone, @Nullable String location, @Nullable String description, UserRef createdBy, Instant createdAt,
		@Nullable Instant updatedAt, @Nullable Instant cancelledAt, RsvpCounts counts, List<Rsvp> responses,
		@Nullable RsvpResponse myResponse) {

	static TeamEvent seenBy(long userId, PlannedEvent event) {
		return new TeamEvent(event.id(), event.teamId(), event.seq(), event.title(), event.startsAt(), event.endsAt(),
				event.timeZone(), event.location(), event.description(), event.createdBy(), event.createdAt(),
				event.updatedAt(), event.cancelledAt(), event.counts(), event.responses(), event.answerOf(userId));
	}

}
