package app.huddle.api.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins an account and an address may have within a window before 429.
 */
@ConfigurationProperties("huddle.api.login")
record LoginSettings(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
		@DefaultValue("5m") Duration window) {
}
