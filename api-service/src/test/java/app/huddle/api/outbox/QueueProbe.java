package app.huddle.api.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A durable queue bound to one of Huddle's exchanges, drained by the test to see what
 * RabbitMQ got.
 */
final class QueueProbe implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AmqpAdmin admin;

	private final RabbitTemplate rabbit;

	private final String queue = "test-probe-" + UUID.randomUUID();

	private final List<Received> received = new ArrayList<>();

	QueueProbe(AmqpAdmin admin, RabbitTemplate rabbit, String exchange, String routingKey) {
		this.admin = admin;
		this.rabbit = rabbit;
		admin.declareQueue(new Queue(queue, true, false, false));
		admin.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange(exchange)).with(routingKey));
	}

	/** Everything received so far (drains what arrived since the last call). */
	synchronized List<Received> received() {
		Message message;
		while ((message = rabbit.receive(queue)) != null) {
			received.add(new Received(message.getMessageProperties().getReceivedRoutingKey(),
					JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8)),
					message.getMessageProperties().getReceivedDeliveryMode().name()));
		}
		return List.copyOf(received);
	}

	List<Received> withEnvelopeId(String id) {
		return received().stream().filter(r -> r.envelope().get("id").asString().equals(id)).toList();
	}

	@Override
	public void close() {
		admin.deleteQueue(queue);
	}

	record Received(String routingKey, JsonNode envelope, String deliveryMode) {
	}

}
