package app.huddle.api.outbox;

import java.util.List;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The personal envelopes RabbitMQ delivered for one user (what the notifiers relay to
 * {@code /user/queue/notifications}), for tests outside this package.
 */
public final class UserProbe implements AutoCloseable {

	private final QueueProbe probe;

	public UserProbe(ApplicationContext context, long userId) {
		this.probe = new QueueProbe(context.getBean(AmqpAdmin.class), context.getBean(RabbitTemplate.class),
				context.getBean(ExchangeNames.class).users(), "user." + userId + ".#");
	}

	/** The envelopes delivered so far with the given routing key, in order of arrival. */
	public List<JsonNode> envelopes(String routingKey) {
		return probe.received()
			.stream()
			.filter(received -> received.routingKey().equals(routingKey))
			.map(received -> received.envelope())
			.toList();
	}

	@Override
	public void close() {
		probe.close();
	}

}
