package app.huddle.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Huddle's REST API: accounts, teams, invitations, chat, events and the outbox to RabbitMQ. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HuddleApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HuddleApiApplication.class, args);
	}

}
