package app.huddle.api.event;

import java.time.Instant;
import java.util.List;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/**
 * A team event as every member sees it, with the answers of the team's current members,
 * oldest first: what the event's envelopes carry. {@code seq} is the seq it was created
 * with.
 */
record PlannedEvent(long id, long teamId, long seq, String title, Instant startsAt, @Nullable Instant endsAt,
		String timeZone, @Nullable String location, @Nullable String description, UserRef createdBy, Instant createdAt,
		@Nullable Instant updatedAt, @Nullable Instant cancelledAt, RsvpCounts counts, List<Rsvp> responses) {

	/** What an edit may change, as it now stands. */
	NewEvent details() {
		return new NewEvent(title, startsAt, endsAt, timeZone, location, description);
	}

	/** The event with these answers, in the order given. */
	PlannedEvent answeredBy(List<Rsvp> answers) {
		return new PlannedEvent(id, teamId, seq, title, startsAt, endsAt, timeZone, location, description, createdBy,
				createdAt, updatedAt, cancelledAt, RsvpCounts.of(answers), answers);
	}

	PlannedEvent edited(NewEvent details, Instant at) {
		return new PlannedEvent(id, teamId, seq, details.title(), details.startsAt(), details.endsAt(),
				details.timeZone(), details.location(), details.description(), createdBy, createdAt, at, cancelledAt,
				counts, responses);
	}

	PlannedEvent cancelled(Instant at) {
		return new PlannedEvent(id, teamId, seq, title, startsAt, endsAt, timeZone, location, description, createdBy,
				createdAt, updatedAt, at, counts, responses);
	}

	boolean wasCancelled() {
		return cancelledAt != null;
	}

	/** The member's own answer, or null when they have given none. */
	@Nullable RsvpResponse answerOf(long userId) {
		return responses.stream()
			.filter(rsvp -> rsvp.user().id() == userId)
			.map(Rsvp::response)
			.findFirst()
			.orElse(null);
	}

}
