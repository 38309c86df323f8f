package app.huddle.bench.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pg_auto_failover pair through the PostgreSQL 15 client tools. */
public final class Postgres {

	static final String BIN = "/usr/lib/postgresql/15/bin/";

	private final List<Integer> nodePorts;

	private final String database;

	private final String user;

	private final String password;

	public Postgres(List<Integer> nodePorts, String database, String user, String password) {
		this.nodePorts = nodePorts;
		this.database = database;
		this.user = user;
		this.password = password;
	}

	/** The port of the node that is not in recovery. */
	public int primaryPort() {
		for (int port : this.nodePorts) {
			try {
				if (query(port, "SELECT pg_is_in_recovery()").strip().equals("f")) {
					return port;
				}
			}
			catch (IllegalStateException ex) {
				// a node that is down or starting is not the primary
			}
		}
		throw new IllegalStateException("no PostgreSQL primary on ports " + this.nodePorts);
	}

	public String version() {
		return query(primaryPort(), "SHOW server_version").strip();
	}

	public String query(int port, String sql) {
		return Commands.run(List.of(BIN + "psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
				String.valueOf(port), "-U", this.user, "-d", this.database, "-c", sql), environment());
	}

	public String pgbench(int port, List<String> arguments) {
		List<String> command = new ArrayList<>(
				List.of(BIN + "pgbench", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", this.user));
		command.addAll(arguments);
		command.add(this.database);
		return Commands.run(command, environment());
	}

	private Map<String, String> environment() {
		return Map.of("PGPASSWORD", this.password, "PGCONNECT_TIMEOUT", "3");
	}

}
