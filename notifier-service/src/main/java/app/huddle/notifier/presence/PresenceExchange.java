package app.huddle.notifier.presence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The topic exchange for ephemeral signals ({@code HUDDLE_PRESENCE_EXCHANGE} in
 * huddle.env, through config/spring/huddle-connections.yml).
 */
@ConfigurationProperties("huddle.exchanges")
record PresenceExchange(String presence) {

	PresenceExchange {
		Assert.isTrue(presence != null && !presence.isBlank() && !presence.contains("${"),
				"huddle.exchanges.presence (HUDDLE_PRESENCE_EXCHANGE) must be set");
	}

}
