package app.huddle.notifier.relay;

/**
 * What the notifier reads in an envelope beyond relaying it, as contracts/asyncapi.yaml
 * names it (the notifier does not share the api-service's classes; a test checks these
 * against the document).
 */
final class EnvelopeTypes {

	/** A member left a team or was removed: their subscriptions to the team end. */
	static final String MEMBER_LEFT = "member.left";

	/** Where a {@link #MEMBER_LEFT} envelope names the user who left (a JSON pointer). */
	static final String MEMBER_LEFT_USER_ID = "/data/user/id";

	/**
	 * A session was logged out: its sockets close. For the notifier only, never relayed.
	 */
	static final String SESSION_ENDED = "session.ended";

	/** Where a {@link #SESSION_ENDED} envelope names the session (a JSON pointer). */
	static final String SESSION_ENDED_SESSION_ID = "/data/sessionId";

	private EnvelopeTypes() {
	}

}
