package app.huddle.api.chat;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

/**
 * A member was mentioned ({@code @username}) in a team's chat; personal, kept in their
 * inbox. The message is as it read when it first mentioned them.
 */
record MessageMentioned(TeamRef team, Message message) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MESSAGE_MENTIONED;
	}

	record TeamRef(long id, String name) {
	}

}
