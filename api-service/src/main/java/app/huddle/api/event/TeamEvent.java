package app.huddle.api.event;

import java.time.Instant;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/** A planned team event. */
record TeamEvent(long id, long teamId, long seq, String title, Instant startsAt, @Nullable Instant endsAt,
		@Nullable String location, @Nullable String description, UserRef createdBy, Instant createdAt) {
}
