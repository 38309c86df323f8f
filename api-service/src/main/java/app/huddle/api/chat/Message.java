package app.huddle.api.chat;

import java.time.Instant;
import java.util.List;

import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;

/**
 * A chat message; {@code editedAt} is set once its author changed it, and a deleted one
 * keeps its place with {@code deleted} set and no {@code body}. {@code reactions} lists
 * each emoji members reacted with, in the order the emoji was first used.
 */
record Message(long id, long teamId, long seq, UserRef author, @Nullable String body, @Nullable String clientId,
		Instant createdAt, @Nullable Instant editedAt, boolean deleted, List<Reaction> reactions) {

	Message edited(String newBody, Instant at) {
		return new Message(id, teamId, seq, author, newBody, clientId, createdAt, at, false, reactions);
	}

	/** The placeholder of a deleted message: no text, and its reactions went with it. */
	Message wiped() {
		return new Message(id, teamId, seq, author, null, clientId, createdAt, editedAt, true, List.of());
	}

	Message withReactions(List<Reaction> now) {
		return new Message(id, teamId, seq, author, body, clientId, createdAt, editedAt, deleted, now);
	}

}
