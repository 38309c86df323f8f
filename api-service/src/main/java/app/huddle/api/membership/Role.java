package app.huddle.api.membership;

/** A member's role in a team. */
public enum Role {

	OWNER, MEMBER

}
