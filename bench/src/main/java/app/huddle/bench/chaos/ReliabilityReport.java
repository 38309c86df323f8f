package app.huddle.bench.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import app.huddle.bench.report.Machine;

/** The chaos run's table: printed, and written to docs/reliability.md by a full run. */
final class ReliabilityReport {

	private static final int ERRORS_LISTED = 20;

	private final ChaosOptions options;

	private final OffsetDateTime started;

	private final List<Row> rows;

	private final List<String> findings;

	private final Journal journal;

	private final List<Subscriber> subscribers;

	private final String workload;

	ReliabilityReport(ChaosOptions options, OffsetDateTime started, List<Row> rows, List<String> findings,
			Journal journal, List<Subscriber> subscribers, long mixedRounds, int writers, int subscriberCount,
			Duration pause) {
		this.options = options;
		this.started = started;
		this.rows = rows;
		this.findings = findings;
		this.journal = journal;
		this.subscribers = subscribers;
		this.workload = ("%d writers posting chat messages with clientIds, each to a team of its own (one post in flight,"
				+ " %d ms between posts); %d subscribers, members of every writer's team, following docs/realtime.md"
				+ " through the gateway; one mixed workload (register, login, list teams, create a team, invite,"
				+ " accept, create an event, read notifications, history and activity): %d rounds; one reader"
				+ " fetching a writer's team's history (%d ms between reads).")
			.formatted(writers, pause.toMillis(), subscriberCount, mixedRounds, pause.toMillis());
	}

	void print() {
		System.out.println();
		System.out.println(summaryTable());
		System.out.println(detailTable());
		System.out.println(totals());
		System.out.println(errors());
		System.out.println(findings());
	}

	void write(Path file) throws IOException {
		Machine machine = Machine.describe("", "");
		String text = "# Reliability: the chaos run\n\n" + "Measured on " + this.started.truncatedTo(ChronoUnit.SECONDS)
				+ " by `" + this.options.command() + "` on " + machine.cores() + " cores (" + machine.cpu() + "), "
				+ machine.memory() + ", " + machine.java()
				+ ", against the stack of `./huddle up`, everything on the same machine.\n\n" + this.workload + "\n\n"
				+ summaryTable() + "\n" + detailTable() + "\n" + totals() + "\n" + errors() + "\n" + findings()
				+ notes();
		Files.writeString(file, text);
	}

	private String summaryTable() {
		StringBuilder table = new StringBuilder(
				"| fault | acknowledged lost | duplicates shown | out of order | max disruption (target) | user-visible errors |\n"
						+ "| --- | ---: | ---: | ---: | --- | ---: |\n");
		for (Row row : this.rows) {
			String disruption = row.fault().equals(Checker.BETWEEN_FAULTS) ? "–"
					: "%s %s (%s)%s".formatted(seconds(row.disruption()), disruptionName(row),
							(row.target() == null) ? "no target" : "≤ " + seconds(row.target()),
							row.withinTarget() ? "" : " **missed**");
			table.append("| %s | %d | %d | %d | %s | %d |%n".formatted(row.fault(), row.lost(), row.duplicates(),
					row.outOfOrder(), disruption, row.userErrors()));
		}
		return table.toString();
	}

	private String detailTable() {
		StringBuilder table = new StringBuilder(
				"| fault | back after | write gap | read gap | slowest delivery | extra delivery delay"
						+ " | reconnect + catch-up | sockets lost | settled |\n"
						+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
		for (Row row : this.rows) {
			if (row.fault().equals(Checker.BETWEEN_FAULTS)) {
				continue;
			}
			table.append("| %s | %s | %s | %s | %s | %s | %s | %d | %s |%n".formatted(row.fault(),
					seconds(row.backAfter()), seconds(row.writeGap()), seconds(row.readGap()), seconds(row.maxDelay()),
					seconds(row.extraDelay()), seconds(row.reconnect()), row.socketsLost(),
					row.settled() ? "yes" : "**no**"));
		}
		return table.toString();
	}

	private String totals() {
		long frames = 0;
		long repeated = 0;
		long outOfOrder = 0;
		for (Subscriber subscriber : this.subscribers) {
			for (TeamView view : subscriber.views()) {
				frames += view.liveFrames();
				repeated += view.liveRepeated();
				outOfOrder += view.liveOutOfOrder();
			}
		}
		return ("Acknowledged posts: %d. Requests: %d, of which %d needed a retry. Live frames received: %d, of"
				+ " which %d repeated and %d out of seq order on the wire (the client rules absorb both; the columns"
				+ " above count what was shown).%n")
			.formatted(this.journal.posts().size(), this.journal.requests(), this.journal.retried(), frames, repeated,
					outOfOrder);
	}

	private String errors() {
		List<Journal.UserError> errors = this.journal.errors();
		if (errors.isEmpty()) {
			return "User-visible errors: none.\n";
		}
		StringBuilder list = new StringBuilder("User-visible errors (%d):%n%n".formatted(errors.size()));
		errors.stream()
			.limit(ERRORS_LISTED)
			.forEach(error -> list
				.append("- at %s: `%s` → %s%n".formatted(seconds(error.at()), error.request(), error.outcome())));
		return list.toString();
	}

	private String findings() {
		if (this.findings.isEmpty()) {
			return "";
		}
		StringBuilder list = new StringBuilder(
				"What the checker found (the first %d):%n%n".formatted(this.findings.size()));
		this.findings.forEach(finding -> list.append("- ").append(finding).append('\n'));
		return list.append('\n').toString();
	}

	private static String notes() throws IOException {
		try (InputStream in = ReliabilityReport.class.getResourceAsStream("/chaos-notes.md")) {
			return (in == null) ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String disruptionName(Row row) {
		for (Fault fault : Fault.values()) {
			if (fault.label().equals(row.fault())) {
				return fault.disruption().label();
			}
		}
		return "";
	}

	private static String seconds(long millis) {
		return "%.2f s".formatted(millis / 1000.0);
	}

}
