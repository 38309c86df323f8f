package app.huddle.notifier;

import java.util.OptionalLong;

/** The STOMP destinations clients subscribe to; every other destination is refused. */
public final class Destinations {

	/** A team's activity: {@code /topic/teams.<teamId>}. */
	public static final String TEAM_PREFIX = "/topic/teams.";

	/**
	 * Ends a team's presence destination, {@code /topic/teams.<teamId>.presence}: who is
	 * online and who is typing, without seq.
	 */
	public static final String PRESENCE_SUFFIX = ".presence";

	/**
	 * Where a client SENDs that it types in a team: {@code /app/teams.<teamId>.typing}.
	 */
	public static final String TYPING_PREFIX = "/app/teams.";

	/** Ends a typing destination. */
	public static final String TYPING_SUFFIX = ".typing";

	/** What a client subscribes to for its own notifications. */
	public static final String MY_NOTIFICATIONS = "/user/queue/notifications";

	/**
	 * The same, as the user-destination form the relay sends to, after
	 * {@code /user/<userId>}.
	 */
	public static final String NOTIFICATIONS = "/queue/notifications";

	private Destinations() {
	}

	public static String team(long teamId) {
		return TEAM_PREFIX + teamId;
	}

	public static String user(long userId) {
		return "/user/" + userId + NOTIFICATIONS;
	}

	public static String presence(long teamId) {
		return TEAM_PREFIX + teamId + PRESENCE_SUFFIX;
	}

	/** The team id of a team destination, or empty for anything else. */
	public static OptionalLong teamOf(String destination) {
		return idBetween(destination, TEAM_PREFIX, "");
	}

	/** The team id of a team's presence destination, or empty for anything else. */
	public static OptionalLong presenceTeamOf(String destination) {
		return idBetween(destination, TEAM_PREFIX, PRESENCE_SUFFIX);
	}

	/** The team id of a typing destination, or empty for anything else. */
	public static OptionalLong typingTeamOf(String destination) {
		return idBetween(destination, TYPING_PREFIX, TYPING_SUFFIX);
	}

	private static OptionalLong idBetween(String destination, String prefix, String suffix) {
		if (!destination.startsWith(prefix) || !destination.endsWith(suffix)
				|| destination.length() < prefix.length() + suffix.length()) {
			return OptionalLong.empty();
		}
		String id = destination.substring(prefix.length(), destination.length() - suffix.length());
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(id));
	}

}
