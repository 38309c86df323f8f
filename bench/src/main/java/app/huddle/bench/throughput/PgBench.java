package app.huddle.bench.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.huddle.bench.infra.Postgres;

/**
 * The write limit of the database as deployed: pgbench inserting one row per transaction
 * into a scratch table on the current primary (with its synchronous standby), 16 clients,
 * prepared.
 */
final class PgBench {

	private static final String TABLE = "bench_pgbench_rows";

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private final Postgres postgres;

	PgBench(Postgres postgres) {
		this.postgres = postgres;
	}

	Result run(Duration duration) {
		int port = this.postgres.primaryPort();
		this.postgres.query(port,
				"DROP TABLE IF EXISTS " + TABLE + "; CREATE TABLE " + TABLE
						+ " (id bigserial PRIMARY KEY, team_id bigint NOT NULL, body text NOT NULL,"
						+ " created_at timestamptz NOT NULL DEFAULT now())");
		Path script = null;
		try {
			script = Files.createTempFile("bench-insert", ".sql");
			Files.writeString(script, "\\set team random(1, 16)\nINSERT INTO " + TABLE
					+ " (team_id, body) VALUES (:team, 'bench message');\n");
			String output = this.postgres.pgbench(port, List.of("-n", "-M", "prepared", "-c", "16", "-j", "2", "-T",
					String.valueOf(duration.toSeconds()), "-f", script.toString()));
			Matcher tps = TPS.matcher(output);
			if (!tps.find()) {
				throw new IllegalStateException("no tps in pgbench's output: " + output);
			}
			return new Result(port, Double.parseDouble(tps.group(1)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.postgres.query(port, "DROP TABLE IF EXISTS " + TABLE);
			if (script != null) {
				script.toFile().delete();
			}
		}
	}

	public record Result(int primaryPort, double transactionsPerSecond) {
	}

}
