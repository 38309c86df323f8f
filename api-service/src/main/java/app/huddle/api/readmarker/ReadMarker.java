package app.huddle.api.readmarker;

/** A member's read marker in a team, with the unread count it leaves. */
record ReadMarker(long teamId, long seq, int unread) {
}
