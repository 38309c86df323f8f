package app.huddle.api.outbox;

import java.util.List;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The seqs (and envelopes) RabbitMQ delivered for one team, for tests outside this
 * package.
 */
public final class TeamProbe implements AutoCloseable {

	private final QueueProbe probe;

	public TeamProbe(ApplicationContext context, long team) {
		this.probe = new QueueProbe(context.getBean(AmqpAdmin.class), context.getBean(RabbitTemplate.class),
				context.getBean(ExchangeNames.class).teams(), "team." + team + ".#");
	}

	public List<Long> seqs() {
		return probe.received().stream().map(r -> r.envelope().get("seq").asLong()).toList();
	}

	/** The envelopes delivered so far, in order of arrival. */
	public List<JsonNode> envelopes() {
		return probe.received().stream().map(r -> r.envelope()).toList();
	}

	@Override
	public void close() {
		probe.close();
	}

}
