package app.huddle.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

import app.huddle.bench.api.BenchTeams;
import app.huddle.bench.api.BenchUser;
import app.huddle.bench.api.BenchUsers;
import app.huddle.bench.api.HuddleApi;
import app.huddle.bench.infra.OutboxDrain;
import app.huddle.bench.infra.Postgres;
import app.huddle.bench.load.PostLoad;
import app.huddle.bench.report.Machine;
import app.huddle.bench.report.ReportWriter;
import app.huddle.bench.report.ScenarioResult;

/**
 * The benchmark harness ({@code ./huddle bench}): drives a running stack through its
 * gateway and straight to its notifiers, prints one table and writes the report.
 */
public final class Bench {

	private static final int TEAMS = 16;

	/**
	 * How long a scenario waits for the previous one's outbox backlog to be published.
	 */
	private static final Duration OUTBOX_DRAIN_LIMIT = Duration.ofMinutes(3);

	private Bench() {
	}

	private static final String USAGE = "usage: ./huddle bench [--smoke] [--only throughput,latency,fanout,idle]"
			+ " [--idle-max SESSIONS] [--idle-sources ADDRESSES] [--report FILE]";

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.println(USAGE);
			return;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		OffsetDateTime started = OffsetDateTime.now();
		String runId = "bench-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		HuddleApi api = new HuddleApi(options.gateway());
		BenchUsers users = new BenchUsers(api, options.runDir());
		BenchTeams teams = new BenchTeams(api);
		Postgres postgres = new Postgres(options.pgPorts(), "huddle", options.db().username(), options.db().password());

		step("Setting up the bench owner, " + TEAMS + " teams and a poster in each");
		BenchUser owner = users.user("bench-owner");
		List<Long> benchTeams = IntStream.rangeClosed(1, TEAMS)
			.mapToObj(i -> teams.team(owner, "bench team %02d".formatted(i)))
			.toList();
		// One writer per team, as people post: the per-user write limit is a lock on one
		// bucket row, so a single writer for all teams would measure that lock.
		Map<Long, BenchUser> posters = new HashMap<>();
		for (int i = 0; i < TEAMS; i++) {
			BenchUser poster = users.user("bench-poster-%02d".formatted(i + 1));
			teams.ensureMembers(benchTeams.get(i), owner, List.of(poster));
			posters.put(benchTeams.get(i), poster);
		}
		PostLoad.Factory posts = teamList -> new PostLoad(api, team -> posters.getOrDefault(team, owner), teamList,
				runId);
		Scenarios scenarios = new Scenarios(options, users, teams, owner, benchTeams, posts, postgres);

		List<ScenarioResult> results = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (String name : List.of("throughput", "latency", "fanout", "idle")) {
			if (!options.runs(name)) {
				continue;
			}
			step("Scenario " + name + (options.smoke() ? " (smoke)" : ""));
			try {
				OutboxDrain.await(postgres, OUTBOX_DRAIN_LIMIT);
				results.add(scenarios.run(name));
			}
			catch (Exception ex) {
				System.err.println("scenario " + name + " failed: " + ex);
				ex.printStackTrace();
				failed.add(name);
			}
		}

		Machine machine = Machine.describe(postgres.version(), rabbitVersion(options));
		ReportWriter report = new ReportWriter(options.command(), started, machine);
		report.printTable(results);
		var json = options.runDir().resolve("bench").resolve(runId + ".json");
		report.writeJson(json, results);
		System.out.println("\nraw results: " + json);
		if (!options.smoke() && options.only().equals(BenchOptions.SCENARIOS)) {
			report.writeMarkdown(options.report(), results, failedNote(failed) + notes());
			System.out.println("report: " + options.report());
		}
		if (!failed.isEmpty()) {
			System.err.println("failed scenarios: " + failed);
			System.exit(1);
		}
		System.exit(0);
	}

	static void step(String text) {
		System.out.println("\033[1m==> " + text + "\033[0m");
	}

	static List<InetAddress> loopbackSources(int count) {
		List<InetAddress> sources = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			try {
				sources.add(InetAddress.getByName("127.0.0." + i));
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(ex);
			}
		}
		return sources;
	}

	private static String rabbitVersion(BenchOptions options) {
		String credentials = options.management().username() + ":" + options.management().password();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://" + BenchOptions.HOST + ":" + options.managementPort() + "/api/overview"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.builder().build().readTree(body).path("rabbitmq_version").asString("unknown");
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	/**
	 * A full run's report keeps the figures it got; a scenario that broke off is named.
	 */
	private static String failedNote(List<String> failed) {
		return failed.isEmpty() ? "" : "**Broke off in this run** (its error is in the console output; no row above): "
				+ String.join(", ", failed) + ".\n\n";
	}

	private static String notes() throws IOException {
		try (var in = Bench.class.getResourceAsStream("/benchmark-notes.md")) {
			return (in == null) ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
