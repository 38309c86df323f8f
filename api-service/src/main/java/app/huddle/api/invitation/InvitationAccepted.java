package app.huddle.api.invitation;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The invitee accepted; the inviter hears of it; the envelope's data is the invitation.
 */
record InvitationAccepted(@JsonValue Invitation invitation) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.INVITATION_ACCEPTED;
	}

}
