package app.huddle.notifier.relay;

import app.huddle.notifier.NotifierSettings;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.ContainerCustomizer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchanges (declared here too, so a bare broker works) and this instance's own
 * queue, bound to every team and user key. The queue is durable with an idle expiry
 * rather than exclusive: it survives a broker restart and a notifier restart, so nothing
 * routed while this instance is reconnecting is lost, and it disappears by itself once an
 * instance is gone for good.
 */
@Configuration(proxyBeanMethods = false)
class RelayDeclarations {

	@Bean
	TopicExchange teamsExchange(ExchangeNames names) {
		return new TopicExchange(names.teams(), true, false);
	}

	@Bean
	TopicExchange usersExchange(ExchangeNames names) {
		return new TopicExchange(names.users(), true, false);
	}

	@Bean
	Queue relayQueue(NotifierSettings settings) {
		NotifierSettings.Queue limits = settings.queue();
		return QueueBuilder.durable(settings.queueName())
			.expires((int) limits.expires().toMillis())
			.ttl((int) limits.messageTtl().toMillis())
			.maxLength(limits.maxLength())
			.overflow(QueueBuilder.Overflow.dropHead)
			.build();
	}

	@Bean
	Binding teamsBinding(Queue relayQueue, TopicExchange teamsExchange) {
		return BindingBuilder.bind(relayQueue).to(teamsExchange).with("team.#");
	}

	@Bean
	Binding usersBinding(Queue relayQueue, TopicExchange usersExchange) {
		return BindingBuilder.bind(relayQueue).to(usersExchange).with("user.#");
	}

	/**
	 * One exclusive consumer keeps envelopes in queue order and makes a second process
	 * started with the same instance id fail loudly instead of silently taking half the
	 * events; after a broker outage the consumer comes back within a second.
	 */
	@Bean
	ContainerCustomizer<SimpleMessageListenerContainer> relayContainerCustomizer() {
		return container -> {
			container.setExclusive(true);
			container.setRecoveryInterval(1000);
		};
	}

}
