package app.huddle.api.chat;

import java.util.List;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.UserRef;

/**
 * A member reacted to a message with an emoji; {@code reactions} are all of the message's
 * reactions after it.
 */
record ReactionAdded(long messageId, String emoji, UserRef user, List<Reaction> reactions) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.REACTION_ADDED;
	}

}
