package app.huddle.notifier;

import java.util.OptionalLong;

/** The STOMP destinations clients subscribe to; every other destination is refused. */
public final class Destinations {

	/** A team's activity: {@code /topic/teams.<teamId>}. */
	public static final String TEAM_PREFIX = "/topic/teams.";

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

	/** The team id of a team destination, or empty for anything else. */
	public static OptionalLong teamOf(String destination) {
		if (!destination.startsWith(TEAM_PREFIX)) {
			return OptionalLong.empty();
		}
		String id = destination.substring(TEAM_PREFIX.length());
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(id));
	}

}
