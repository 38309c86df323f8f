package app.huddle.notifier.presence;

import app.huddle.notifier.NotifierSettings;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The presence exchange and this instance's own queue on it. Unlike the relay's queue,
 * this one is exclusive and auto-deleted, and its messages live 10 s: a signal that could
 * not be delivered at once is worthless, so nothing is kept for an instance that is away.
 */
@Configuration(proxyBeanMethods = false)
class PresenceDeclarations {

	@Bean
	TopicExchange presenceExchange(PresenceExchange names) {
		return new TopicExchange(names.presence(), true, false);
	}

	@Bean
	Queue presenceQueue(NotifierSettings settings) {
		return QueueBuilder.nonDurable("huddle.presence." + settings.instanceId())
			.exclusive()
			.autoDelete()
			.ttl(10_000)
			.maxLength(10_000)
			.build();
	}

	@Bean
	Binding presenceBinding(Queue presenceQueue, TopicExchange presenceExchange) {
		return BindingBuilder.bind(presenceQueue).to(presenceExchange).with("#");
	}

}
