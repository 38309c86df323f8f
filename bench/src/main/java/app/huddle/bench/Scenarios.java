package app.huddle.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import app.huddle.bench.api.BenchTeams;
import app.huddle.bench.api.BenchUser;
import app.huddle.bench.api.BenchUsers;
import app.huddle.bench.fanout.FanoutScenario;
import app.huddle.bench.idle.IdleSessionsScenario;
import app.huddle.bench.infra.Postgres;
import app.huddle.bench.latency.LatencyScenario;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.relay.BrokerRelayBaseline;
import app.huddle.bench.report.ScenarioResult;
import app.huddle.bench.throughput.ThroughputScenario;

/**
 * The four scenarios with their sizes: the full run's, or tiny ones for {@code --smoke}.
 */
record Scenarios(BenchOptions options, BenchUsers users, BenchTeams teams, BenchUser owner, List<Long> benchTeams,
		PostLoad.Factory posts, Postgres postgres) {

	private static final List<Integer> IDLE_STEPS = List.of(5_000, 10_000, 20_000, 35_000, 50_000, 75_000, 100_000);

	ScenarioResult run(String name) throws Exception {
		boolean smoke = this.options.smoke();
		Duration step = Duration.ofSeconds(smoke ? 2 : 8);
		return switch (name) {
			case "throughput" -> new ThroughputScenario(this.posts.create(this.benchTeams), this.postgres,
					new ThroughputScenario.Settings(
							smoke ? List.of(20.0)
									: List.of(10.0, 20.0, 35.0, 50.0, 75.0, 100.0, 150.0, 200.0, 250.0, 350.0, 500.0,
											750.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0),
							// JIT-compiling the request path takes thousands of requests
							// on two cores
							smoke ? 20 : 100, Duration.ofSeconds(smoke ? 1 : 30), step, smoke ? 0 : 400, 50,
							Duration.ofSeconds(smoke ? 2 : 10), smoke))
				.run();
			case "latency" -> new LatencyScenario(this.posts.create(this.benchTeams), this.options.gatewaySocket(),
					this.owner, this.benchTeams,
					new LatencyScenario.Settings(smoke ? List.of(20.0) : List.of(100.0, 500.0, 1000.0),
							Duration.ofSeconds(smoke ? 2 : 10), this.options.amqpPort(), this.options.amqp().username(),
							this.options.amqp().password(), this.options.vhost()))
				.run();
			case "fanout" -> new FanoutScenario(this.users, this.teams, this.owner, this.posts,
					new FanoutScenario.Settings(smoke ? 10 : 1000,
							smoke ? List.of(20.0)
									: List.of(5.0, 10.0, 20.0, 30.0, 45.0, 60.0, 80.0, 100.0, 130.0, 160.0, 200.0),
							step, 200, List.of(this.options.notifier(0), this.options.notifier(1)),
							new BrokerRelayBaseline.Settings(BenchOptions.HOST, this.options.stompPort(),
									this.options.amqp().username(), this.options.amqp().password(),
									this.options.vhost(), this.options.teamsExchange()),
							this.options.runDir().resolve("bench"), smoke))
				.run();
			case "idle" -> new IdleSessionsScenario(idleUsers(), this.benchTeams, this.posts,
					new IdleSessionsScenario.Settings(idleSteps(), this.options.idleMax(), this.options.notifier(0),
							this.options.notifierPid(), Bench.loopbackSources(this.options.idleSources())))
				.run();
			default -> throw new IllegalArgumentException(name);
		};
	}

	/**
	 * The fan-out scenario's users (more when needed), so no user exceeds the notifier's
	 * per-user session cap; user {@code u} joins bench team {@code u % 16}, which its
	 * sessions subscribe to.
	 */
	private List<BenchUser> idleUsers() {
		List<BenchUser> idle = this.users.numbered("bench-fan", IdleSessionsScenario.usersFor(this.options.idleMax()));
		System.out.printf("  %d bench users, at most %d sessions each%n", idle.size(),
				IdleSessionsScenario.SESSIONS_PER_USER);
		for (int t = 0; t < this.benchTeams.size(); t++) {
			int team = t;
			this.teams.ensureMembers(this.benchTeams.get(t), this.owner,
					java.util.stream.IntStream.range(0, idle.size())
						.filter(u -> u % this.benchTeams.size() == team)
						.mapToObj(idle::get)
						.toList());
		}
		return idle;
	}

	private List<Integer> idleSteps() {
		int max = this.options.idleMax();
		return Stream.concat(IDLE_STEPS.stream().filter(n -> n < max), Stream.of(max)).toList();
	}

}
