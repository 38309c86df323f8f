package app.huddle.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints the result table and writes the raw JSON results and the Markdown report. */
public final class ReportWriter {

	private static final List<String> HEADER = List.of("figure", "Huddle", "limit (same run)", "ratio");

	private final String command;

	private final OffsetDateTime date;

	private final Machine machine;

	public ReportWriter(String command, OffsetDateTime date, Machine machine) {
		this.command = command;
		this.date = date;
		this.machine = machine;
	}

	public void printTable(List<ScenarioResult> results) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(HEADER);
		for (ScenarioResult result : results) {
			for (Row row : result.rows()) {
				lines.add(List.of(row.figure(), row.huddle(), row.limit(), row.ratio()));
			}
		}
		int[] widths = new int[HEADER.size()];
		for (List<String> line : lines) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], line.get(i).length());
			}
		}
		System.out.println();
		for (int l = 0; l < lines.size(); l++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < widths.length; i++) {
				text.append(String.format("%-" + widths[i] + "s", lines.get(l).get(i)))
					.append(i + 1 < widths.length ? " | " : "");
			}
			System.out.println(text.toString().stripTrailing());
			if (l == 0) {
				System.out.println("-".repeat(text.length()));
			}
		}
	}

	public void writeJson(Path file, List<ScenarioResult> results) throws IOException {
		Files.createDirectories(file.getParent());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(file,
				json.writeValueAsString(new Raw(this.command, this.date.toString(), this.machine, results)));
	}

	public void writeMarkdown(Path file, List<ScenarioResult> results, String notes) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks\n\n");
		md.append("Written by the benchmark harness (`bench/`) on ")
			.append(this.date.toLocalDate())
			.append(", against the stack of `./huddle up`, through its gateway, with real clients on the same machine.\n\n");
		md.append("```\n").append(this.command).append("\n```\n\n");
		md.append("| machine | |\n| --- | --- |\n");
		md.append("| cores | ").append(this.machine.cores()).append(" |\n");
		md.append("| CPU | ").append(this.machine.cpu()).append(" |\n");
		md.append("| memory | ").append(this.machine.memory()).append(" |\n");
		md.append("| kernel | ").append(this.machine.kernel()).append(" |\n");
		md.append("| Java | ").append(this.machine.java()).append(" |\n");
		md.append("| PostgreSQL | ").append(this.machine.postgres()).append(" |\n");
		md.append("| RabbitMQ | ").append(this.machine.rabbitmq()).append(" |\n\n");
		md.append("| ").append(String.join(" | ", HEADER)).append(" |\n| --- | --- | --- | --- |\n");
		for (ScenarioResult result : results) {
			for (Row row : result.rows()) {
				md.append("| ")
					.append(row.figure())
					.append(" | ")
					.append(row.huddle())
					.append(" | ")
					.append(row.limit())
					.append(" | ")
					.append(row.ratio())
					.append(" |\n");
			}
		}
		md.append('\n').append(notes);
		Files.writeString(file, md.toString());
	}

	public record Raw(String command, String date, Machine machine, List<ScenarioResult> results) {
	}

}
