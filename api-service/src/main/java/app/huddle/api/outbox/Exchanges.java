package app.huddle.api.outbox;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable topic exchanges, declared here too so the service works against a bare
 * broker.
 */
@Configuration(proxyBeanMethods = false)
public class Exchanges {

	public static final String TEAMS = "huddle.teams";

	public static final String USERS = "huddle.users";

	@Bean
	TopicExchange teamsExchange() {
		return new TopicExchange(TEAMS, true, false);
	}

	@Bean
	TopicExchange usersExchange() {
		return new TopicExchange(USERS, true, false);
	}

}
