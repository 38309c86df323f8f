package app.huddle.notifier.relay;

/**
 * A {@code member.left} envelope was relayed: the user's subscriptions to the team must
 * end now.
 */
public record MemberLeft(long teamId, long userId) {
}
