package app.huddle.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Huddle's REST API: accounts, teams, invitations, chat, events and the outbox to
 * RabbitMQ. Accounts live in our own users table, so Boot's generated in-memory user is
 * switched off.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
@EnableResilientMethods
public class HuddleApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HuddleApiApplication.class, args);
	}

}
