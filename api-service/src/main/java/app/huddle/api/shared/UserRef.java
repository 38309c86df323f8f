package app.huddle.api.shared;

/** A user as other resources show it. */
public record UserRef(long id, String username, String displayName) {
}
