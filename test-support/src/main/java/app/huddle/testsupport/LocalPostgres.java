package app.huddle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A throwaway PostgreSQL 15 cluster started from Debian's binaries on a free port. */
final class LocalPostgres implements PostgresServer {

	private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	private final Path dir;

	private final int port;

	LocalPostgres() {
		if (!Files.isExecutable(BIN.resolve("postgres"))) {
			throw new IllegalStateException("PostgreSQL 15 is not installed at " + BIN
					+ " (run ./huddle test, which installs it, or apt-get install postgresql-15)");
		}
		try {
			this.dir = Files.createTempDirectory("huddle-pg-");
			this.port = Processes.freePort();
			Path data = dir.resolve("data");
			Files.createDirectories(data);
			// The superuser's password; TCP logins need it (scram-sha-256), as in the
			// stack.
			Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
			if (Processes.isRoot()) {
				Processes.run(List.of("chown", "-R", "postgres:postgres", dir.toString()), Map.of(),
						dir.resolve("chown.log"));
				Processes.run(List.of("chmod", "755", dir.toString()), Map.of(), dir.resolve("chmod.log"));
			}
			asOwner(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
					"--auth-host=scram-sha-256", "--auth-local=peer", "--pwfile=" + passwordFile, "-E", "UTF8",
					"--no-sync"), dir.resolve("initdb.log"));
			asOwner(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
					dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					"-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
							+ " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
					"start"), dir.resolve("pg_ctl.log"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Processes.awaitPort(port, Duration.ofSeconds(30), null, dir.resolve("server.log"));
		createDatabase(DATABASE);
	}

	private void asOwner(List<String> command, Path log) {
		List<String> full = new ArrayList<>();
		if (Processes.isRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Processes.run(full, Map.of(), log);
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	@Override
	public void close() {
		asOwner(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
				"stop"), dir.resolve("stop.log"));
		Processes.keepLogs(dir.resolve("server.log"), "postgres-" + port + ".log");
		Processes.deleteTree(dir);
	}

}
