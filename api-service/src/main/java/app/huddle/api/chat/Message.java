package app.huddle.api.chat;

import java.time.Instant;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/**
 * A chat message; {@code editedAt} is set once its author changed it, and a deleted one
 * keeps its place with {@code deleted} set and no {@code body}.
 */
record Message(long id, long teamId, long seq, UserRef author, @Nullable String body, @Nullable String clientId,
		Instant createdAt, @Nullable Instant editedAt, boolean deleted) {

	Message edited(String newBody, Instant at) {
		return new Message(id, teamId, seq, author, newBody, clientId, createdAt, at, false);
	}

	Message wiped() {
		return new Message(id, teamId, seq, author, null, clientId, createdAt, editedAt, true);
	}

}
