package app.huddle.api.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * The seqs (and envelopes) RabbitMQ delivered for one team, for tests outside this
 * package. It starts listening once everything the team already has is published, so an
 * envelope from before the probe (the outbox publishes after the commit) does not reach
 * it late.
 */
public final class TeamProbe implements AutoCloseable {

	private final QueueProbe probe;

	public TeamProbe(ApplicationContext context, long team) {
		awaitPublished(context.getBean(JdbcClient.class), team);
		this.probe = new QueueProbe(context.getBean(AmqpAdmin.class), context.getBean(RabbitTemplate.class),
				context.getBean(ExchangeNames.class).teams(), "team." + team + ".#");
	}

	/**
	 * A row is marked published after the broker confirmed it, so by then it has been
	 * routed to the queues bound at the time.
	 */
	private static void awaitPublished(JdbcClient jdbc, long team) {
		await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(jdbc, team) == 0);
	}

	/** The team's outbox rows not yet confirmed by the broker. */
	static long unpublished(JdbcClient jdbc, long team) {
		return jdbc.sql("SELECT count(*) FROM team_activities WHERE team_id = ? AND published_at IS NULL")
			.param(team)
			.query(Long.class)
			.single();
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
