package app.huddle.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.ConcurrentHistogram;

import app.huddle.bench.api.BenchUser;
import app.huddle.bench.api.HuddleApi;

/**
 * Posts chat messages open-loop at a fixed rate, round-robin over teams, and times each
 * POST from its intended send time to its answer.
 */
public final class PostLoad {

	private static final Duration ANSWER_WAIT = Duration.ofSeconds(40);

	/**
	 * Numbers every step of the run, so that no two posts share a clientId: a repeated
	 * clientId is answered with the first message and announces nothing (each "prime"
	 * step after the first once went unseen that way).
	 */
	private static final AtomicLong STEPS = new AtomicLong();

	private static final AtomicBoolean LIMIT_WARNED = new AtomicBoolean();

	private final HuddleApi api;

	private final Function<Long, BenchUser> authors;

	private final List<Long> teams;

	private final String runId;

	/** {@code authors} says who posts to each team: a member of it. */
	public PostLoad(HuddleApi api, Function<Long, BenchUser> authors, List<Long> teams, String runId) {
		this.api = api;
		this.authors = authors;
		this.teams = teams;
		this.runId = runId;
	}

	/**
	 * One step at {@code perSecond} for {@code duration}; every post is announced to
	 * {@code deliveries} (when not null) before it is sent, since its frame may beat its
	 * answer.
	 */
	public Result run(String stepName, double perSecond, Duration duration, Deliveries deliveries) {
		ConcurrentHistogram latency = Latencies.histogram();
		AtomicLong acknowledged = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicLong lastAnswer = new AtomicLong();
		ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		String stepId = this.runId + "-" + STEPS.incrementAndGet() + "-" + stepName;
		long sent = OpenLoop.run(perSecond, duration, (i, intended) -> {
			long team = this.teams.get((int) (i % this.teams.size()));
			String clientId = stepId + "-" + i;
			deliveries.expect(clientId, team, intended);
			inFlight.add(this.api.postMessage(team, this.authors.apply(team).token(), clientId, "bench " + i)
				.thenAccept(status -> {
					long now = System.nanoTime();
					Latencies.record(latency, now - intended);
					lastAnswer.accumulateAndGet(now, Math::max);
					if (status == 201 || status == 200) {
						acknowledged.incrementAndGet();
					}
					else {
						errors.incrementAndGet();
						deliveries.failed(clientId);
						if (status == 429 && !LIMIT_WARNED.getAndSet(true)) {
							System.out.println(
									"    WARNING: posts refused with 429: the harness posts as one user per team, far"
											+ " beyond the per-user message limit; run it on a stack started with"
											+ " ./huddle up --lift-write-limits");
						}
					}
				}));
			if (i % 1024 == 0) {
				inFlight.removeIf(CompletableFuture::isDone);
			}
		});
		try {
			CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
				.get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			errors.addAndGet(inFlight.stream().filter(future -> !future.isDone()).count());
		}
		double seconds = (Math.max(lastAnswer.get(), start + 1) - start) / 1e9;
		return new Result(perSecond, sent, acknowledged.get(), errors.get(), acknowledged.get() / seconds,
				Latencies.of(latency));
	}

	/** Makes post loads for the given teams (same authors and run). */
	@FunctionalInterface
	public interface Factory {

		PostLoad create(List<Long> teams);

	}

	/** What one step offered and got. */
	public record Result(double offeredPerSecond, long sent, long acknowledged, long errors, double achievedPerSecond,
			Latencies post) {
	}

}
