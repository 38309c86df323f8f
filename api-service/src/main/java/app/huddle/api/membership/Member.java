package app.huddle.api.membership;

/** A team member as the team page lists them. */
public record Member(long id, String username, String displayName, Role role) {
}
