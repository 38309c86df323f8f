package app.huddle.bench.fanout;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.huddle.bench.api.BenchTeams;
import app.huddle.bench.api.BenchUser;
import app.huddle.bench.api.BenchUsers;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.relay.BrokerRelayBaseline;
import app.huddle.bench.report.Format;
import app.huddle.bench.report.Row;
import app.huddle.bench.report.ScenarioResult;

/**
 * One team of many subscribed members, half connected straight to each notifier so each
 * one's figures are exact; posts at rising rates until delivery no longer keeps up. Then
 * the same load through the comparison design, Spring's STOMP broker relay to RabbitMQ's
 * STOMP plugin.
 */
public final class FanoutScenario {

	private final BenchUsers users;

	private final BenchTeams teams;

	private final BenchUser owner;

	private final PostLoad.Factory posts;

	private final Settings settings;

	public FanoutScenario(BenchUsers users, BenchTeams teams, BenchUser owner, PostLoad.Factory posts,
			Settings settings) {
		this.users = users;
		this.teams = teams;
		this.owner = owner;
		this.posts = posts;
		this.settings = settings;
	}

	public ScenarioResult run() throws Exception {
		System.out.printf("  setting up a team of %d members%n", this.settings.members());
		List<BenchUser> members = this.users.numbered("bench-fan", this.settings.members());
		long team = this.teams.team(this.owner, "bench fan-out " + this.settings.members());
		this.teams.ensureMembers(team, this.owner, members);
		FanoutRun run = new FanoutRun(this.posts.create(List.of(team)), team, members, this.settings);
		List<FanoutRun.Step> huddle = run.run(new FanoutTarget("huddle", List.of("notifier-1", "notifier-2"),
				this.settings.notifiers(), "/topic/teams." + team, true, false));
		List<FanoutRun.Step> relay = List.of();
		@Nullable String relayFailure = null;
		// The comparison is a limit, not Huddle: its failure is reported in the row, not
		// fatal.
		try (BrokerRelayBaseline baseline = BrokerRelayBaseline.start(this.settings.relay(), this.settings.logDir())) {
			URI uri = baseline.webSocketUri();
			relay = run.run(new FanoutTarget("relay", List.of("broker-relay"),
					List.of(new InetSocketAddress(uri.getHost(), uri.getPort())), baseline.teamDestination(team), false,
					true));
		}
		catch (RuntimeException ex) {
			relayFailure = ex.getMessage();
			System.out.println("  broker relay FAILED: " + relayFailure);
		}
		Optional<FanoutRun.Step> bestHuddle = best(huddle);
		Optional<FanoutRun.Step> bestRelay = best(relay);
		Row row = new Row(
				"3. fan-out to a team of " + Format.count(this.settings.members()) + ", delivery p99 ≤ "
						+ Format.ms(this.settings.p99LimitMillis()) + " ms",
				describe(bestHuddle, huddle),
				"broker relay: "
						+ ((relayFailure != null) ? "FAILED (" + relayFailure + ")" : describe(bestRelay, relay)),
				Format.ratio(bestHuddle.map(FanoutRun.Step::deliveriesPerSecond).orElse(0.0),
						bestRelay.map(FanoutRun.Step::deliveriesPerSecond).orElse(0.0)));
		return new ScenarioResult("fanout", List.of(row), new Details(team, huddle, relay, relayFailure));
	}

	private Optional<FanoutRun.Step> best(List<FanoutRun.Step> steps) {
		return steps.stream()
			.filter(step -> this.settings.smoke() || step.keptUp(this.settings.p99LimitMillis()))
			.reduce((first, second) -> second);
	}

	private static String describe(Optional<FanoutRun.Step> best, List<FanoutRun.Step> steps) {
		if (best.isEmpty()) {
			FanoutRun.Step first = steps.getFirst();
			return "did not keep up at %s posts/s (there: %s, %d missing)".formatted(Format.count(first.rate()),
					figures(first), first.missing());
		}
		FanoutRun.Step step = best.get();
		return "%s posts/s = %s".formatted(Format.count(step.rate()), figures(step));
	}

	private static String figures(FanoutRun.Step step) {
		return "%s deliveries/s (%s), delivery p99 %s ms".formatted(Format.count(step.deliveriesPerSecond()),
				String.join(", ", step.perServer().stream().map(Object::toString).toList()),
				Format.ms(step.delivery().p99()));
	}

	/**
	 * Team size, rates, the notifiers' own addresses, and the relay baseline's settings.
	 */
	public record Settings(int members, List<Double> rates, Duration step, double p99LimitMillis,
			List<InetSocketAddress> notifiers, BrokerRelayBaseline.Settings relay, Path logDir, boolean smoke) {
	}

	public record Details(long team, List<FanoutRun.Step> huddle, List<FanoutRun.Step> relay,
			@Nullable String relayFailure) {
	}

}
