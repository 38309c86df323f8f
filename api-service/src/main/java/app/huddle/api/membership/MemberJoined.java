package app.huddle.api.membership;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.UserRef;

/** Someone became a member of a team: its creator, or an invitee who accepted. */
public record MemberJoined(long teamId, UserRef user, Role role) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MEMBER_JOINED;
	}

}
