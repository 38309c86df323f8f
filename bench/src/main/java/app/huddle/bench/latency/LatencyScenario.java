package app.huddle.bench.latency;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.huddle.bench.api.BenchUser;
import app.huddle.bench.load.Deliveries;
import app.huddle.bench.load.Latencies;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.load.Subscribers;
import app.huddle.bench.report.Format;
import app.huddle.bench.report.Row;
import app.huddle.bench.report.ScenarioResult;
import app.huddle.bench.stomp.SessionSpec;
import app.huddle.bench.stomp.StompClient;

/**
 * Posts at fixed rates over the bench teams with one STOMP subscriber per team through
 * the gateway, and times each post's frame from the post's intended send time; every
 * frame is counted. Beside it, RabbitMQ's own publish → consume latency at the same rate.
 */
public final class LatencyScenario {

	private static final Duration DRAIN = Duration.ofSeconds(15);

	private final PostLoad posts;

	private final AmqpLatency amqp;

	private final InetSocketAddress gateway;

	private final BenchUser subscriber;

	private final List<Long> teams;

	private final Settings settings;

	public LatencyScenario(PostLoad posts, InetSocketAddress gateway, BenchUser subscriber, List<Long> teams,
			Settings settings) {
		this.posts = posts;
		this.gateway = gateway;
		this.subscriber = subscriber;
		this.teams = teams;
		this.settings = settings;
		this.amqp = new AmqpLatency(gateway.getHostString(), settings.amqpPort(), settings.amqpUsername(),
				settings.amqpPassword(), settings.virtualHost());
	}

	public ScenarioResult run() throws Exception {
		List<Row> rows = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		for (double rate : this.settings.rates()) {
			Huddle huddle;
			try {
				huddle = huddle(rate);
			}
			catch (IllegalStateException ex) {
				// The stack fell behind this rate (a backlog from the step before, say):
				// that is a
				// figure too, so the row says so and the run goes on.
				AmqpLatency.Result rabbitmq = this.amqp.run(rate, this.settings.step());
				System.out.printf("  %,.0f posts/s: Huddle did not keep up (%s); RabbitMQ %s%n", rate, ex.getMessage(),
						Format.latencies(rabbitmq.latency()));
				rows.add(new Row("2. POST → STOMP frame at " + Format.count(rate) + " posts/s",
						"did not keep up: " + ex.getMessage(),
						"RabbitMQ publish → consume: " + Format.latencies(rabbitmq.latency()), "n/a"));
				continue;
			}
			Step step = new Step(rate, huddle, this.amqp.run(rate, this.settings.step()));
			steps.add(step);
			System.out.printf("  %,.0f posts/s: POST → frame %s, missing %d, duplicated %d; RabbitMQ %s%n", rate,
					Format.latencies(step.huddle().latency()), step.huddle().missing(), step.huddle().duplicated(),
					Format.latencies(step.rabbitmq().latency()));
			rows.add(new Row("2. POST → STOMP frame at " + Format.count(rate) + " posts/s",
					"%s; %d missing, %d duplicated of %,d acknowledged (%,d posts sent, %,d failed)".formatted(
							Format.latencies(step.huddle().latency()), step.huddle().missing(),
							step.huddle().duplicated(), step.posts().acknowledged(), step.posts().sent(),
							step.posts().errors()),
					"RabbitMQ publish → consume: " + Format.latencies(step.rabbitmq().latency()),
					"p99 " + Format.ratio(step.huddle().latency().p99(), step.rabbitmq().latency().p99())));
		}
		return new ScenarioResult("latency", rows, steps);
	}

	private Huddle huddle(double rate) throws Exception {
		Map<Long, Integer> subscribersByTeam = new HashMap<>();
		List<SessionSpec> specs = new ArrayList<>();
		for (long team : this.teams) {
			subscribersByTeam.put(team, 1);
			specs.add(new SessionSpec(this.gateway, null, this.subscriber.token(), "/topic/teams." + team, false));
		}
		try (StompClient client = new StompClient(1)) {
			Subscribers subscribers = Subscribers.open(client, specs, i -> 0, Duration.ofSeconds(30));
			subscribers.prime(this.posts, subscribersByTeam, 1);
			Deliveries deliveries = new Deliveries(subscribersByTeam, specs.size(), 1);
			subscribers.countInto(deliveries);
			PostLoad.Result posts = this.posts.run("latency" + (int) rate, rate, this.settings.step(), deliveries);
			Subscribers.drain(deliveries, DRAIN);
			Deliveries.Counts counts = deliveries.counts();
			return new Huddle(posts, counts.latency(), counts.missing(), counts.duplicated());
		}
	}

	/** The fixed rates, how long each lasts, and the broker to compare with. */
	public record Settings(List<Double> rates, Duration step, int amqpPort, String amqpUsername, String amqpPassword,
			String virtualHost) {
	}

	public record Huddle(PostLoad.Result posts, Latencies latency, long missing, long duplicated) {
	}

	public record Step(double rate, Huddle huddle, AmqpLatency.Result rabbitmq) {

		PostLoad.Result posts() {
			return this.huddle.posts();
		}

	}

}
