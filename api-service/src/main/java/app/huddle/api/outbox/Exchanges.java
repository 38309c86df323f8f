package app.huddle.api.outbox;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable topic exchanges, declared here too so the service works against a bare
 * broker.
 */
@Configuration(proxyBeanMethods = false)
class Exchanges {

	@Bean
	TopicExchange teamsExchange(ExchangeNames names) {
		return new TopicExchange(names.teams(), true, false);
	}

	@Bean
	TopicExchange usersExchange(ExchangeNames names) {
		return new TopicExchange(names.users(), true, false);
	}

}
