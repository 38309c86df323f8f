package app.huddle.notifier.relay;

import org.jspecify.annotations.Nullable;

import app.huddle.notifier.Destinations;

/**
 * Who an envelope is for, read from its routing key: {@code team.<id>.<type>} or
 * {@code user.<id>.<type>}.
 */
record Audience(boolean team, long id, String type) {

	static @Nullable Audience of(@Nullable String routingKey) {
		if (routingKey == null) {
			return null;
		}
		String[] parts = routingKey.split("\\.", 3);
		if (parts.length < 3 || !(parts[0].equals("team") || parts[0].equals("user"))) {
			return null;
		}
		try {
			return new Audience(parts[0].equals("team"), Long.parseLong(parts[1]), parts[2]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	String destination() {
		return team ? Destinations.team(id) : Destinations.user(id);
	}

}
