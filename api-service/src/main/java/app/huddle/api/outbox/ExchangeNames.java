package app.huddle.api.outbox;

import app.huddle.api.shared.Audience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The durable topic exchanges, named in huddle.env ({@code HUDDLE_TEAMS_EXCHANGE},
 * {@code HUDDLE_USERS_EXCHANGE}) through config/spring/huddle-connections.yml (module
 * huddle-config).
 */
@ConfigurationProperties("huddle.exchanges")
record ExchangeNames(String teams, String users) {

	ExchangeNames {
		Assert.isTrue(named(teams), "huddle.exchanges.teams (HUDDLE_TEAMS_EXCHANGE) must be set");
		Assert.isTrue(named(users), "huddle.exchanges.users (HUDDLE_USERS_EXCHANGE) must be set");
	}

	/** Where envelopes for this audience go. */
	String of(Audience audience) {
		return switch (audience) {
			case TEAM -> teams;
			case USER -> users;
		};
	}

	/** Set, and not a placeholder left unresolved because the variable is missing. */
	private static boolean named(String name) {
		return name != null && !name.isBlank() && !name.contains("${");
	}

}
