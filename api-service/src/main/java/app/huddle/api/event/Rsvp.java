package app.huddle.api.event;

import java.time.Instant;

import app.huddle.api.shared.UserRef;

/** One member's answer to an event, and when they last gave it. */
record Rsvp(UserRef user, RsvpResponse response, Instant answeredAt) {
}
