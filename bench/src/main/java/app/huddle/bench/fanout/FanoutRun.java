package app.huddle.bench.fanout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.huddle.bench.api.BenchUser;
import app.huddle.bench.load.Deliveries;
import app.huddle.bench.load.Latencies;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.load.Subscribers;
import app.huddle.bench.report.Format;
import app.huddle.bench.stomp.SessionSpec;
import app.huddle.bench.stomp.StompClient;

/**
 * Steps the post rate to one team up against one fan-out target until delivery falls
 * behind.
 */
final class FanoutRun {

	private static final Duration DRAIN = Duration.ofSeconds(10);

	private final PostLoad posts;

	private final long team;

	private final List<BenchUser> members;

	private final FanoutScenario.Settings settings;

	FanoutRun(PostLoad posts, long team, List<BenchUser> members, FanoutScenario.Settings settings) {
		this.posts = posts;
		this.team = team;
		this.members = members;
		this.settings = settings;
	}

	List<Step> run(FanoutTarget target) throws Exception {
		int groups = target.servers().size();
		List<SessionSpec> specs = new ArrayList<>();
		for (int i = 0; i < this.members.size(); i++) {
			specs.add(new SessionSpec(target.servers().get(i % groups), null,
					target.authenticated() ? this.members.get(i).token() : null, target.destination(),
					target.receipts()));
		}
		List<Step> steps = new ArrayList<>();
		try (StompClient client = new StompClient(2)) {
			Subscribers subscribers = Subscribers.open(client, specs, i -> i % groups, Duration.ofSeconds(120));
			subscribers.prime(this.posts, Map.of(this.team, specs.size()), groups);
			System.out.printf("  %s: %d members subscribed%n", target.name(), specs.size());
			if (!this.settings.smoke()) {
				warmUp(target, subscribers, specs.size(), groups);
			}
			for (double rate : this.settings.rates()) {
				Deliveries deliveries = new Deliveries(Map.of(this.team, specs.size()), specs.size(), groups);
				subscribers.countInto(deliveries);
				long start = System.nanoTime();
				PostLoad.Result posted = this.posts.run(target.name() + "-fanout" + (int) rate, rate,
						this.settings.step(), deliveries);
				Subscribers.drain(deliveries, DRAIN);
				Step step = step(target, rate, start, posted, deliveries);
				steps.add(step);
				System.out.printf("  %s %,.0f posts/s: %s deliveries/s %s, %s, missing %d, duplicated %d%n",
						target.name(), rate, Format.count(step.deliveriesPerSecond()), step.perServer(),
						Format.latencies(step.delivery()), step.missing(), step.duplicated());
				if (!step.keptUp(this.settings.p99LimitMillis()) && !this.settings.smoke()) {
					break;
				}
			}
		}
		return steps;
	}

	/**
	 * One unmeasured step at the first rate: the first fan-out a JVM serves runs in its
	 * interpreter while the JIT compiles the delivery path, and would be charged to the
	 * first measured step (a full run straight after the latency scenario: p99 907 ms at
	 * 5 posts/s, against 95.8 ms at 10 posts/s on a warm stack).
	 */
	private void warmUp(FanoutTarget target, Subscribers subscribers, int members, int groups)
			throws InterruptedException {
		Deliveries warm = new Deliveries(Map.of(this.team, members), members, groups);
		subscribers.countInto(warm);
		double rate = this.settings.rates().getFirst();
		this.posts.run(target.name() + "-fanout-warmup", rate, this.settings.step(), warm);
		Subscribers.drain(warm, DRAIN);
		System.out.printf("  %s warm-up at %,.0f posts/s (not measured): %s, missing %d%n", target.name(), rate,
				Format.latencies(warm.counts().latency()), warm.missing());
	}

	private Step step(FanoutTarget target, double rate, long start, PostLoad.Result posted, Deliveries deliveries) {
		List<ServerFigure> perServer = new ArrayList<>();
		double total = 0;
		for (int g = 0; g < target.servers().size(); g++) {
			double seconds = Math.max(deliveries.lastFrameNanos(g) - start, 1) / 1e9;
			double perSecond = deliveries.delivered(g) / seconds;
			total += perSecond;
			perServer.add(new ServerFigure(target.serverNames().get(g), deliveries.delivered(g), perSecond));
		}
		Deliveries.Counts counts = deliveries.counts();
		return new Step(rate, posted.acknowledged(), posted.errors(), total, perServer, counts.latency(),
				counts.missing(), counts.duplicated());
	}

	/**
	 * Frames one server delivered in a step, and per second from the step's start to its
	 * last frame.
	 */
	public record ServerFigure(String server, long delivered, double perSecond) {

		@Override
		public String toString() {
			return this.server + " " + Format.count(this.perSecond) + "/s";
		}

	}

	public record Step(double rate, long acknowledged, long errors, double deliveriesPerSecond,
			List<ServerFigure> perServer, Latencies delivery, long missing, long duplicated) {

		boolean keptUp(double p99LimitMillis) {
			return this.missing == 0 && this.duplicated == 0 && this.errors == 0
					&& this.delivery.p99() <= p99LimitMillis;
		}

	}

}
