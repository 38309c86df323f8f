package app.huddle.api.readmarker;

/**
 * Where a member stands in a team's chat: the team's latest seq, the seq they have read
 * up to (0 before their first marker), and how many messages of others after it are not
 * deleted, counted up to {@link ReadMarkers#UNREAD_CAP}.
 */
public record Reading(long lastSeq, long readSeq, int unread) {
}
