package app.huddle.bench.throughput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.huddle.bench.infra.Postgres;
import app.huddle.bench.load.Deliveries;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.report.Format;
import app.huddle.bench.report.Row;
import app.huddle.bench.report.ScenarioResult;

/**
 * Steps the offered open-loop post rate up until POST p99 exceeds the limit (or posts
 * fail), and reports the highest rate that held it, beside pgbench's insert rate on the
 * same primary.
 */
public final class ThroughputScenario {

	private final PostLoad posts;

	private final PgBench pgbench;

	private final Settings settings;

	public ThroughputScenario(PostLoad posts, Postgres postgres, Settings settings) {
		this.posts = posts;
		this.pgbench = new PgBench(postgres);
		this.settings = settings;
	}

	public ScenarioResult run() {
		System.out.printf("  warm-up: %s at %.0f posts/s%n", this.settings.warmUp(), this.settings.warmUpRate());
		this.posts.run("warmup", this.settings.warmUpRate(), this.settings.warmUp(), Deliveries.none());
		List<PostLoad.Result> steps = new ArrayList<>();
		PostLoad.Result best = null;
		int failedInARow = 0;
		for (double rate : this.settings.rates()) {
			PostLoad.Result step = this.posts.run("rate" + (int) rate, rate, stepLength(rate), Deliveries.none());
			steps.add(step);
			boolean held = step.post().p99() <= this.settings.p99LimitMillis() && step.errors() == 0;
			System.out.printf("  offered %,.0f/s: achieved %,.0f/s, POST %s, errors %d%s%n", rate,
					step.achievedPerSecond(), Format.latencies(step.post()), step.errors(), held ? "" : " (not held)");
			if (held) {
				best = step;
				failedInARow = 0;
			}
			// One stall (a checkpoint, a JIT burst) can fail a single step; two in a row
			// end it.
			else if (++failedInARow == 2 && !this.settings.smoke()) {
				break;
			}
		}
		System.out.printf("  pgbench: single-row insert, 16 clients, %s%n", this.settings.pgbench());
		PgBench.Result limit = this.pgbench.run(this.settings.pgbench());
		System.out.printf("  pgbench: %,.0f TPS on port %d%n", limit.transactionsPerSecond(), limit.primaryPort());
		String huddle = (best == null)
				? "none held p99 ≤ %s ms (lowest step: %s)".formatted(Format.ms(this.settings.p99LimitMillis()),
						Format.latencies(steps.getFirst().post()))
				: "%s posts/s (offered %s); POST p50 %s / p99 %s / max %s ms; %d errors".formatted(
						Format.count(best.achievedPerSecond()), Format.count(best.offeredPerSecond()),
						Format.ms(best.post().p50()), Format.ms(best.post().p99()), Format.ms(best.post().max()),
						best.errors());
		Row row = new Row("1. sustained chat posts, POST p99 ≤ " + Format.ms(this.settings.p99LimitMillis()) + " ms",
				huddle, "pgbench insert: " + Format.count(limit.transactionsPerSecond()) + " TPS",
				Format.ratio((best == null) ? 0 : best.achievedPerSecond(), limit.transactionsPerSecond()));
		return new ScenarioResult("throughput", List.of(row), new Details(steps, limit));
	}

	/**
	 * A step long enough for its p99 to be the 99th percentile of a few hundred posts.
	 */
	private Duration stepLength(double rate) {
		Duration forPosts = Duration.ofMillis((long) (this.settings.postsPerStep() * 1000 / rate));
		return (forPosts.compareTo(this.settings.step()) > 0) ? forPosts : this.settings.step();
	}

	/** The offered rates in order, how long each lasts, and the p99 a rate must hold. */
	public record Settings(List<Double> rates, double warmUpRate, Duration warmUp, Duration step, int postsPerStep,
			double p99LimitMillis, Duration pgbench, boolean smoke) {
	}

	public record Details(List<PostLoad.Result> steps, PgBench.Result pgbench) {
	}

}
