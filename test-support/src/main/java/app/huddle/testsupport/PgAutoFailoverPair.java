package app.huddle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway PostgreSQL primary/backup pair under pg_auto_failover (monitor + two
 * nodes), run by the project's own database/ha/pgaf script on free ports under a private
 * supervisord (so a killed node is restarted, as in production). Failures under load are
 * the chaos harness's ({@code ./huddle chaos}); here the pair is the real thing to log in
 * to.
 */
public final class PgAutoFailoverPair implements AutoCloseable {

	private final Path script;

	private final Path dir;

	private final String ports;

	private final String jdbcUrl;

	public PgAutoFailoverPair() {
		this.script = repositoryRoot().resolve("database/ha/pgaf");
		this.dir = Path.of(System.getProperty("java.io.tmpdir"),
				"huddle-pgaf-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
		// monitor, node1, node2, and the PgBouncer the keepers reach the monitor through
		this.ports = Processes.freePort() + "," + Processes.freePort() + "," + Processes.freePort() + ","
				+ Processes.freePort();
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-test-pgaf"));
		List<String> output;
		try {
			output = pgaf("start");
		}
		catch (IllegalStateException slowStart) {
			// Once in a few CI runs the trio did not come up within the timeout; a fresh
			// start (same folder and ports, emptied) has always worked.
			close();
			output = pgaf("start");
		}
		this.jdbcUrl = output.getLast().strip();
	}

	/**
	 * The multi-host URL (targetServerType=preferPrimary) that finds whichever node is
	 * primary.
	 */
	public String jdbcUrl() {
		return jdbcUrl;
	}

	/**
	 * The TCP ports of the monitor, node1, node2 and the monitor's PgBouncer, in that
	 * order.
	 */
	public List<Integer> ports() {
		return java.util.Arrays.stream(ports.split(",")).map(Integer::valueOf).toList();
	}

	@Override
	public synchronized void close() {
		if (Files.exists(dir)) {
			pgaf("stop");
			Processes.keepLogs(dir.resolve("logs"), "pgaf-" + ports.replace(',', '-'));
			Processes.deleteTree(dir);
		}
	}

	private List<String> pgaf(String... command) {
		List<String> full = new ArrayList<>(List.of(script.toString(), "--dir", dir.toString(), "--ports", ports));
		full.addAll(List.of(command));
		try {
			Path log = Files.createTempFile("huddle-pgaf-", ".log");
			try {
				String output = Processes.run(full, Map.of(), log);
				return List.of(output.split("\n"));
			}
			finally {
				Files.deleteIfExists(log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isExecutable(dir.resolve("database/ha/pgaf"))) {
				return dir;
			}
		}
		throw new IllegalStateException("database/ha/pgaf not found above " + Path.of("").toAbsolutePath());
	}

}
