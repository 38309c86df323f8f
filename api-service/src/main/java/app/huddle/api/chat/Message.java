package app.huddle.api.chat;

import java.time.Instant;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/** A chat message. */
record Message(long id, long teamId, long seq, UserRef author, String body, @Nullable String clientId,
		Instant createdAt) {
}
