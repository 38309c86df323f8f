package app.huddle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway RabbitMQ node started from Debian's rabbitmq-server on free ports, with its
 * own Erlang cookie and its own epmd, so it never meets a broker already running on the
 * machine.
 */
final class LocalRabbit implements RabbitServer {

	private static final Path SERVER = Path.of("/usr/lib/rabbitmq/bin/rabbitmq-server");

	private final Path dir;

	private final int port = Processes.freePort();

	private final int distPort = Processes.freePort();

	private final int epmdPort = Processes.freePort();

	private final String node = "huddle-test-" + port + "@localhost";

	private Process process;

	LocalRabbit() {
		if (!Files.isExecutable(SERVER)) {
			throw new IllegalStateException("rabbitmq-server is not installed at " + SERVER
					+ " (run ./huddle test, which installs it, or apt-get install rabbitmq-server)");
		}
		try {
			this.dir = Files.createTempDirectory("huddle-rabbit-");
			Files.writeString(dir.resolve("rabbitmq.conf"), """
					listeners.tcp.default = %d
					loopback_users = none
					log.console = false
					log.file.level = warning
					""".formatted(port));
			Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	private Map<String, String> environment() {
		return Map.of("HOME", dir.toString(), "RABBITMQ_NODENAME", node, "RABBITMQ_NODE_PORT", String.valueOf(port),
				"RABBITMQ_DIST_PORT", String.valueOf(distPort), "ERL_EPMD_PORT", String.valueOf(epmdPort),
				"RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString(), "RABBITMQ_ENABLED_PLUGINS_FILE",
				dir.resolve("enabled_plugins").toString(), "RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString(),
				"RABBITMQ_LOG_BASE", logs().toString(), "RABBITMQ_PID_FILE", dir.resolve("pid").toString());
	}

	/** The node's own logs and its console output, kept under target/ after the run. */
	private Path logs() {
		Path logs = Processes.logFile("rabbitmq-" + port);
		try {
			Files.createDirectories(logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return logs;
	}

	@Override
	public synchronized void start() {
		Path log = logs().resolve("console.log");
		process = Processes.start(List.of(SERVER.toString()), environment(), log);
		Processes.awaitPort(port, Duration.ofSeconds(60), process, log);
	}

	@Override
	public synchronized void stop() {
		if (process == null) {
			return;
		}
		List<ProcessHandle> tree = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		tree.stream()
			.filter(p -> !p.info().command().orElse("").endsWith("epmd"))
			.forEach(ProcessHandle::destroyForcibly);
		process = null;
	}

	@Override
	public void close() {
		stop();
		Path log = dir.resolve("epmd.log");
		Process epmd = Processes.start(List.of("/usr/bin/epmd", "-kill"), environment(), log);
		try {
			epmd.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Processes.deleteTree(dir);
	}

	@Override
	public String host() {
		return "127.0.0.1";
	}

	@Override
	public int port() {
		return port;
	}

	@Override
	public String username() {
		return "guest";
	}

	@Override
	public String password() {
		return "guest";
	}

}
