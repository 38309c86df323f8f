package app.huddle.bench.idle;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import app.huddle.bench.api.BenchUser;
import app.huddle.bench.load.Deliveries;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.load.Subscribers;
import app.huddle.bench.report.Format;
import app.huddle.bench.report.Row;
import app.huddle.bench.report.ScenarioResult;
import app.huddle.bench.stomp.SessionSpec;
import app.huddle.bench.stomp.StompClient;
import app.huddle.bench.stomp.StompSession;

/**
 * Opens idle authenticated sessions straight to one notifier in steps (each subscribed to
 * one of the bench teams, from several loopback source addresses), and after each step
 * measures the notifier's live objects after a full GC; at the end it checks readiness
 * and that a post reaches every idle session subscribed to its team.
 */
public final class IdleSessionsScenario {

	/**
	 * Sessions one user may hold on one notifier
	 * ({@code huddle.notifier.transport.max-sessions-per-user}); the sessions are spread
	 * over enough users to stay within it.
	 */
	public static final int SESSIONS_PER_USER = 20;

	/**
	 * Handshakes in flight at once: enough to keep the notifier busy, few enough not to
	 * time out.
	 */
	private static final int OPENING = 200;

	private static final Duration STALL = Duration.ofSeconds(60);

	private final List<BenchUser> users;

	private final List<Long> teams;

	private final PostLoad.Factory posts;

	private final Settings settings;

	/**
	 * {@code users} must be at least {@link #usersFor} many; user {@code u} must belong
	 * to {@code teams[u % teams.size()]}, which its sessions subscribe to.
	 */
	public IdleSessionsScenario(List<BenchUser> users, List<Long> teams, PostLoad.Factory posts, Settings settings) {
		if (users.size() < usersFor(settings.max())) {
			throw new IllegalArgumentException("%d idle sessions need %d bench users, not %d".formatted(settings.max(),
					usersFor(settings.max()), users.size()));
		}
		this.users = users;
		this.teams = teams;
		this.posts = posts;
		this.settings = settings;
	}

	public ScenarioResult run() throws Exception {
		NotifierProbe notifier = new NotifierProbe(URI
			.create("http://" + this.settings.notifier().getHostString() + ":" + this.settings.notifier().getPort()),
				this.settings.notifierPid());
		long baseline = notifier.heapAfterFullGc().liveBytes();
		long maxHeap = notifier.maxHeap();
		System.out.printf("  notifier-1 live objects after full GC: %s MiB of a %s MiB heap%n", mib(baseline),
				mib(maxHeap));
		long probeTeam = this.teams.getFirst();
		AtomicReference<Deliveries> probe = new AtomicReference<>(Deliveries.none());
		List<Step> steps = new ArrayList<>();
		List<StompSession> sessions = new ArrayList<>();
		AtomicLong failures = new AtomicLong();
		try (StompClient client = new StompClient(2)) {
			for (int target : this.settings.steps()) {
				boolean complete = open(client, sessions, target, probe, failures);
				NotifierProbe.HeapSample heap = notifier.heapAfterFullGc();
				int live = (int) sessions.stream()
					.filter(s -> s.live().isDone() && !s.live().isCompletedExceptionally() && !s.closedByPeer())
					.count();
				Step step = new Step(target, live, failures.get(), heap.liveBytes(), heap.fillerBytes(),
						(heap.liveBytes() - baseline) / Math.max(live, 1), notifier.ready());
				steps.add(step);
				System.out.printf(
						"  %,d sessions asked, %,d live, %d failed; live objects %s MiB, %s KB a session; ready %s%n",
						target, live, step.failed(), mib(heap.liveBytes()),
						Format.count(step.bytesPerSession() / 1024.0), step.ready());
				if (!complete || !step.ready()) {
					break;
				}
			}
			Step last = steps.getLast();
			int expected = (int) java.util.stream.IntStream.range(0, sessions.size())
				.filter(i -> teamOf(i) == probeTeam)
				.count();
			Deliveries sample = new Deliveries(Map.of(probeTeam, expected), sessions.size(), 1);
			probe.set(sample);
			this.posts.create(List.of(probeTeam)).run("idle-probe", 1, Duration.ofSeconds(1), sample);
			Subscribers.drain(sample, Duration.ofSeconds(30));
			long reached = expected - sample.missing();
			System.out.printf("  a post to team %d reached %,d of its %,d idle sessions%n", probeTeam, reached,
					expected);
			Row row = new Row("4. idle authenticated STOMP sessions on notifier-1",
					"%s held (%s failed); %s KB a session; ready: %s; a post reached %s of %s".formatted(
							Format.count(last.live()), Format.count(last.failed()),
							Format.count(last.bytesPerSession() / 1024.0), last.ready() ? "yes" : "NO",
							Format.count(reached), Format.count(expected)),
					"heap max %s MiB: room for ~%s at this size".formatted(mib(maxHeap),
							Format.count(capacity(maxHeap, baseline, last))),
					Format.ratio(last.live(), capacity(maxHeap, baseline, last)));
			return new ScenarioResult("idle", List.of(row), new Details(baseline, maxHeap, steps, expected, reached));
		}
	}

	private boolean open(StompClient client, List<StompSession> sessions, int target, AtomicReference<Deliveries> probe,
			AtomicLong failures) throws InterruptedException {
		Semaphore opening = new Semaphore(OPENING);
		List<InetAddress> sources = this.settings.sources();
		while (sessions.size() < target) {
			if (!opening.tryAcquire(STALL.toMillis(), TimeUnit.MILLISECONDS)) {
				return false;
			}
			int i = sessions.size();
			SessionSpec spec = new SessionSpec(this.settings.notifier(), sources.get(i % sources.size()),
					this.users.get(i % this.users.size()).token(), "/topic/teams." + teamOf(i), false);
			StompSession session = client.open(spec, body -> probe.get().onFrame(i, 0, body));
			session.live().whenComplete((ok, failure) -> {
				if (failure != null) {
					failures.incrementAndGet();
				}
				opening.release();
			});
			sessions.add(session);
		}
		return opening.tryAcquire(OPENING, STALL.toMillis(), TimeUnit.MILLISECONDS) && failures.get() == 0;
	}

	/** How many bench users {@code sessions} idle sessions are spread over. */
	public static int usersFor(int sessions) {
		return Math.max(1, (sessions + SESSIONS_PER_USER - 1) / SESSIONS_PER_USER);
	}

	/** The team session {@code i} subscribes to: the one its user belongs to. */
	private long teamOf(int i) {
		return this.teams.get((i % this.users.size()) % this.teams.size());
	}

	/**
	 * Sessions of this size that fit beside the baseline and the collector's dead wood.
	 */
	private static double capacity(long maxHeap, long baseline, Step step) {
		return (step.bytesPerSession() <= 0) ? 0
				: (double) (maxHeap - baseline - step.fillerBytes()) / step.bytesPerSession();
	}

	private static String mib(long bytes) {
		return Format.count(bytes / 1024.0 / 1024.0);
	}

	/**
	 * Session steps, the notifier to load and its pid, and the source addresses to spread
	 * over.
	 */
	public record Settings(List<Integer> steps, int max, InetSocketAddress notifier, long notifierPid,
			List<InetAddress> sources) {
	}

	public record Step(int asked, int live, long failed, long liveBytes, long fillerBytes, long bytesPerSession,
			boolean ready) {
	}

	public record Details(long baselineLiveBytes, long maxHeapBytes, List<Step> steps, long probeExpected,
			long probeReached) {
	}

}
