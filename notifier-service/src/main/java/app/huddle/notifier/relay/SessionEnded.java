package app.huddle.notifier.relay;

/**
 * A {@code session.ended} envelope arrived: the sockets of that session (Spring Session's
 * id, not a token) must close now.
 */
public record SessionEnded(String sessionId) {
}
