package app.huddle.bench.chaos;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import app.huddle.bench.api.BenchTeams;
import app.huddle.bench.api.BenchUser;
import app.huddle.bench.api.BenchUsers;
import app.huddle.bench.api.HuddleApi;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The chaos harness ({@code ./huddle chaos}): writers, a mixed workload and STOMP
 * subscribers against the running stack, one fault at a time, then the checker and the
 * report (docs/reliability.md).
 */
public final class Chaos {

	private static final int WRITERS = 4;

	private static final int SUBSCRIBERS = 8;

	private static final Duration WRITER_PAUSE = Duration.ofMillis(100);

	private static final Duration MIXED_PAUSE = Duration.ofMillis(500);

	/**
	 * Posts acknowledged after a fault's process is back before the stack counts as
	 * settled.
	 */
	private static final int SETTLE_POSTS = 20;

	private static final Duration SETTLE_LIMIT = Duration.ofSeconds(120);

	private Chaos() {
	}

	public static void main(String[] args) throws Exception {
		ChaosOptions options;
		try {
			options = ChaosOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			System.err.println(ChaosOptions.USAGE);
			System.exit(2);
			return;
		}
		System.exit(new Chaos().run(options) ? 0 : 1);
	}

	private final RunClock clock = new RunClock();

	private final Journal journal = new Journal();

	private final List<Subscriber> subscribers = new ArrayList<>();

	private final Map<Long, Long> highestAcked = new HashMap<>();

	private volatile boolean running = true;

	private boolean run(ChaosOptions options) throws Exception {
		OffsetDateTime started = OffsetDateTime.now();
		String runId = "chaos" + started.format(DateTimeFormatter.ofPattern("MMddHHmmss"));
		HuddleApi api = new HuddleApi(options.gateway());
		BenchUsers users = new BenchUsers(api, options.runDir());
		BenchTeams teams = new BenchTeams(api);

		step("Setting up " + WRITERS + " writers, each with a team of its own, and " + SUBSCRIBERS
				+ " members subscribed to every one");
		List<BenchUser> writers = users.numbered("chaos-writer", WRITERS);
		List<BenchUser> members = users.numbered("chaos-member", SUBSCRIBERS);
		BenchUser regular = users.user("chaos-regular");
		Map<Long, BenchUser> writerOf = new HashMap<>();
		for (BenchUser writer : writers) {
			long team = teams.team(writer, runId + " " + writer.username());
			teams.ensureMembers(team, writer, members);
			writerOf.put(team, writer);
		}
		List<Long> teamIds = List.copyOf(writerOf.keySet());

		ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
		heartbeats.setPoolSize(2);
		heartbeats.initialize();
		WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
		stomp.setTaskScheduler(heartbeats);
		stomp.setDefaultHeartbeat(new long[] { 10_000, 10_000 });
		Requests requests = new Requests(options.gateway());
		try (ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
				ExecutorService catchUps = Executors.newVirtualThreadPerTaskExecutor();
				ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
			Clients clients = new Clients(requests, stomp, this.clock, this.journal, scheduler, catchUps);
			for (BenchUser member : members) {
				this.subscribers.add(new Subscriber(member.username(), member.token(), teamIds, clients));
			}
			this.subscribers.forEach(Subscriber::start);
			await("every subscriber connected and caught up", Duration.ofSeconds(60), this::allCaughtUp);

			step("Load: " + WRITERS + " writers (one post in flight, " + WRITER_PAUSE.toMillis()
					+ " ms between posts), one mixed workload, one history reader, " + SUBSCRIBERS + " subscribers");
			BooleanSupplier going = () -> this.running;
			for (Map.Entry<Long, BenchUser> team : writerOf.entrySet()) {
				ChatWriter writer = new ChatWriter(requests, this.clock, this.journal, team.getKey(),
						team.getValue().token(), runId, WRITER_PAUSE);
				people.execute(() -> unchecked(() -> writer.run(going)));
			}
			MixedWorkload mixed = new MixedWorkload(clients, runId, regular.username(), regular.token(), MIXED_PAUSE);
			people.execute(() -> unchecked(() -> mixed.run(going)));
			HistoryReader history = new HistoryReader(requests, this.clock, this.journal, teamIds.getFirst(),
					members.getFirst().token(), WRITER_PAUSE);
			people.execute(() -> unchecked(() -> history.run(going)));

			FaultInjector injector = new FaultInjector(options.root());
			List<FaultRun> runs = new ArrayList<>();
			for (Fault fault : options.faults()) {
				int before = this.journal.posts().size();
				await("posts flowing and every subscriber caught up before the next fault", SETTLE_LIMIT,
						() -> this.journal.posts().size() >= before + SETTLE_POSTS && allCaughtUp());
				runs.add(inject(injector, fault));
			}

			step("Stopping the load; every subscriber must show every team's whole log");
			this.running = false;
			people.shutdown();
			people.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
			String reader = members.getFirst().token();
			Map<Long, ActivityLog> logs = new HashMap<>();
			for (long team : teamIds) {
				logs.put(team, ActivityLog.read(requests, team, reader));
			}
			boolean complete = awaitQuietly(Duration.ofSeconds(60), () -> this.subscribers.stream()
				.allMatch(s -> s.views().stream().allMatch(v -> v.last() >= logs.get(v.teamId()).lastSeq())));
			if (!complete) {
				System.out.println("    some subscriber still lacks envelopes after 60 s: counted as lost");
			}
			this.subscribers.forEach(Subscriber::stop);
			heartbeats.shutdown();

			Checker checker = new Checker(runs, this.journal, this.subscribers, logs);
			List<Row> rows = checker.rows();
			ReliabilityReport report = new ReliabilityReport(options, started, rows, checker.examples(), this.journal,
					this.subscribers, mixed.rounds(), WRITERS, SUBSCRIBERS, WRITER_PAUSE);
			report.print();
			if (!options.brief() && options.faults().size() > 1) {
				report.write(options.report());
				System.out.println("report: " + options.report());
			}
			boolean passed = rows.stream().allMatch(Row::correct);
			step(passed ? "Chaos run passed" : "Chaos run FAILED: see the rows above");
			return passed;
		}
	}

	private FaultRun inject(FaultInjector injector, Fault fault) {
		step("Fault: " + fault.label());
		long at = this.clock.now();
		String hit = injector.inject(fault);
		info("injected (" + hit + ")");
		injector.awaitBack(fault, hit);
		long backAt = this.clock.now();
		info("back after %.1f s".formatted((backAt - at) / 1000.0));
		Map<Long, Long> target = highestAckedSeqs();
		int acked = this.journal.posts().size();
		boolean settled = awaitQuietly(SETTLE_LIMIT,
				() -> this.journal.posts().size() >= acked + SETTLE_POSTS && allCaughtUp() && this.subscribers.stream()
					.allMatch(s -> s.views().stream().allMatch(v -> v.last() >= target.getOrDefault(v.teamId(), 0L))));
		long endAt = this.clock.now();
		info(settled ? "settled %.1f s after injection".formatted((endAt - at) / 1000.0)
				: "NOT settled within " + SETTLE_LIMIT.toSeconds() + " s of coming back");
		return new FaultRun(fault, at, backAt, endAt, settled);
	}

	private Map<Long, Long> highestAckedSeqs() {
		this.highestAcked.clear();
		for (Journal.Post post : this.journal.posts()) {
			this.highestAcked.merge(post.teamId(), post.seq(), Math::max);
		}
		return Map.copyOf(this.highestAcked);
	}

	private boolean allCaughtUp() {
		return this.subscribers.stream().allMatch(Subscriber::caughtUp);
	}

	private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
		if (!awaitQuietly(limit, condition)) {
			throw new IllegalStateException("not within " + limit.toSeconds() + " s: " + what);
		}
	}

	private static boolean awaitQuietly(Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private interface Body {

		void run() throws Exception;

	}

	private static void unchecked(Body body) {
		try {
			body.run();
		}
		catch (Exception ex) {
			System.err.println("a simulated person stopped: " + ex);
		}
	}

	static void step(String text) {
		System.out.println("\033[1m==> " + text + "\033[0m");
	}

	static void info(String text) {
		System.out.println("    " + text);
	}

}
