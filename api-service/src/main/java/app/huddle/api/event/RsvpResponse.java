package app.huddle.api.event;

/** A member's answer to a team event. */
enum RsvpResponse {

	GOING, MAYBE, DECLINED

}
