package app.huddle.api.shared;

/**
 * Who an envelope is for: a team's members, or one user. The routing key names the
 * audience and the type: {@code team.7.chat.message.created},
 * {@code user.3.invitation.received}.
 */
public enum Audience {

	TEAM("team"), USER("user");

	private final String routingPrefix;

	Audience(String routingPrefix) {
		this.routingPrefix = routingPrefix;
	}

	public String routingKey(long audienceId, String type) {
		return routingPrefix + "." + audienceId + "." + type;
	}

	public String routingPrefix() {
		return routingPrefix;
	}

}
