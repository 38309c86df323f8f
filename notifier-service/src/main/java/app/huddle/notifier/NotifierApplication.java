package app.huddle.notifier;

import app.huddle.notifier.websocket.IdleSessionFootprint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The real-time relay from RabbitMQ to STOMP subscribers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotifierApplication {

	public static void main(String[] args) {
		IdleSessionFootprint.beforeTomcatLoads();
		SpringApplication.run(NotifierApplication.class, args);
	}

}
