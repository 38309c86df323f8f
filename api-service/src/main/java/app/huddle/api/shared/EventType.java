package app.huddle.api.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The catalogue of envelope types: one constant per past-tense event record, named after
 * it, with the envelope {@code type} it travels as and the audiences it may be routed to.
 * {@code contracts/asyncapi.yaml} describes the same list; a test keeps the two equal.
 */
public enum EventType {

	MESSAGE_POSTED("chat.message.created", Audience.TEAM),

	MESSAGE_EDITED("chat.message.edited", Audience.TEAM),

	MESSAGE_DELETED("chat.message.deleted", Audience.TEAM),

	REACTION_ADDED("chat.reaction.added", Audience.TEAM),

	REACTION_REMOVED("chat.reaction.removed", Audience.TEAM),

	/** To a member named by {@code @username} in a message; kept in the inbox. */
	MESSAGE_MENTIONED("chat.mention", Audience.USER),

	TEAM_EVENT_CREATED("event.created", Audience.TEAM),

	/**
	 * To the team, and to the members who answered going or maybe when the time or place
	 * changed.
	 */
	TEAM_EVENT_UPDATED("event.updated", Audience.TEAM, Audience.USER),

	/** To the team, and to the members who answered going or maybe. */
	TEAM_EVENT_CANCELLED("event.cancelled", Audience.TEAM, Audience.USER),

	TEAM_EVENT_RSVP_CHANGED("event.rsvp.changed", Audience.TEAM),

	MEMBER_JOINED("member.joined", Audience.TEAM),

	/** To the team, and to a removed member, whom the team's topic no longer reaches. */
	MEMBER_LEFT("member.left", Audience.TEAM, Audience.USER),

	INVITATION_RECEIVED("invitation.received", Audience.USER),

	INVITATION_ACCEPTED("invitation.accepted", Audience.USER),

	INVITATION_DECLINED("invitation.declined", Audience.USER),

	INVITATION_REVOKED("invitation.revoked", Audience.USER),

	/**
	 * A member's read marker in a team moved forward: to their own other tabs and
	 * devices. Personal state, not news: never kept in an inbox.
	 */
	READ_MARKER_MOVED("chat.read.updated", Audience.USER),

	/** A member's reminder that a team event starts soon; kept in the inbox. */
	REMINDER_SENT("event.reminder", Audience.USER),

	/**
	 * A session was logged out: notifiers close its sockets. For the notifiers only;
	 * never relayed to STOMP clients nor kept in an inbox.
	 */
	SESSION_ENDED("session.ended", Audience.USER);

	private final String type;

	private final Set<Audience> audiences;

	EventType(String type, Audience first, Audience... more) {
		this.type = type;
		this.audiences = EnumSet.of(first, more);
	}

	/** The envelope's {@code type} field and the last part of the routing key. */
	public String type() {
		return type;
	}

	public Set<Audience> audiences() {
		return audiences;
	}

	/**
	 * Whether notifiers act on it themselves instead of relaying it to STOMP subscribers.
	 */
	public boolean internal() {
		return this == SESSION_ENDED;
	}

	/**
	 * The envelope type, for an audience the catalogue allows; a record sent where the
	 * contract does not say it goes is a bug.
	 */
	public String typeFor(Audience audience) {
		if (!audiences.contains(audience)) {
			throw new IllegalArgumentException(type + " is not sent to a " + audience + " audience");
		}
		return type;
	}

}
