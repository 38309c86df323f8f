package app.huddle.bench.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops {@link BrokerRelayApp} (Spring's STOMP broker relay to RabbitMQ's
 * STOMP plugin, the fan-out benchmark's comparison design) in a child JVM with
 * {@code -Xmx1g}, so its CPU and heap can be sampled apart from the harness through
 * {@link #pid()}.
 * <p>
 * The child runs from the same java binary and the same classes as this one (the bench
 * jar through its PropertiesLauncher, or the class path when run from an IDE); its output
 * goes to {@link #logFile()}. It is stopped by {@link #close()}, by a shutdown hook of
 * this JVM, and, should this JVM be killed outright, by itself (it watches its parent's
 * pid).
 */
public final class BrokerRelayBaseline implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private static final int TAIL_LINES = 40;

	/**
	 * Where RabbitMQ's STOMP plugin listens, whom the relay connects as, and the teams
	 * exchange the api-service publishes to ({@code HUDDLE_TEAMS_EXCHANGE}).
	 */
	public record Settings(String rabbitHost, int stompPort, String username, String password, String virtualHost,
			String teamsExchange) {
	}

	private final Process process;

	private final int port;

	private final Path logFile;

	private final Thread shutdownHook;

	private final String teamsExchange;

	private BrokerRelayBaseline(Process process, int port, Path logFile, Thread shutdownHook, String teamsExchange) {
		this.process = process;
		this.port = port;
		this.logFile = logFile;
		this.shutdownHook = shutdownHook;
		this.teamsExchange = teamsExchange;
	}

	/** Starts the baseline, its log in {@code java.io.tmpdir}. */
	public static BrokerRelayBaseline start(Settings settings) {
		return start(settings, Path.of(System.getProperty("java.io.tmpdir")));
	}

	/**
	 * Starts the baseline, its log in {@code logDir}, and returns once the relay's system
	 * connection to RabbitMQ is up (at most 120 s: it took 36–88 s on this 2-core machine
	 * while other builds kept its load average at 20–45).
	 * @throws IllegalStateException with the tail of the child's output if it exits or
	 * does not become ready in time
	 */
	public static BrokerRelayBaseline start(Settings settings, Path logDir) {
		int port = freePort();
		Path logFile;
		try {
			Files.createDirectories(logDir);
			logFile = logDir.resolve("relay-baseline-" + port + ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = new ArrayList<>(launchCommand());
		command.addAll(List.of("--server.port=" + port, "--relay.host=" + settings.rabbitHost(),
				"--relay.port=" + settings.stompPort(), "--relay.login=" + settings.username(),
				"--relay.passcode=" + settings.password(), "--relay.virtual-host=" + settings.virtualHost(),
				"--relay.parent-pid=" + ProcessHandle.current().pid()));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + command, ex);
		}
		Thread hook = new Thread(() -> stop(process), "relay-baseline-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		BrokerRelayBaseline baseline = new BrokerRelayBaseline(process, port, logFile, hook, settings.teamsExchange());
		try {
			baseline.awaitReady();
		}
		catch (RuntimeException ex) {
			baseline.close();
			throw ex;
		}
		return baseline;
	}

	/** {@code ws://127.0.0.1:<port>/ws}: plain WebSocket, STOMP, no authentication. */
	public URI webSocketUri() {
		return URI.create("ws://127.0.0.1:" + this.port + "/ws");
	}

	/**
	 * What a member of team {@code teamId} subscribes to: RabbitMQ gives the subscription
	 * its own temporary queue bound to the teams exchange with {@code team.<id>.#}.
	 */
	public String teamDestination(long teamId) {
		return "/exchange/" + this.teamsExchange + "/team." + teamId + ".#";
	}

	/** The child JVM's pid, for CPU and heap sampling. */
	public long pid() {
		return this.process.pid();
	}

	/** The child's standard output and error. */
	public Path logFile() {
		return this.logFile;
	}

	/** Stops the child JVM (SIGTERM, then SIGKILL after 10 s); idempotent. */
	@Override
	public void close() {
		stop(this.process);
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook is running or has run
		}
	}

	private static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		descendants.forEach(ProcessHandle::destroyForcibly);
	}

	private void awaitReady() {
		URI ready = URI.create("http://127.0.0.1:" + this.port + "/ready");
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
			while (true) {
				if (!this.process.isAlive()) {
					throw failure("exited with status " + this.process.exitValue() + " before it was ready");
				}
				try {
					HttpResponse<Void> response = http.send(
							HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				if (System.nanoTime() > deadline) {
					throw failure("was not ready within " + START_TIMEOUT.toSeconds() + " s");
				}
				Thread.sleep(200);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure("start was interrupted");
		}
	}

	private IllegalStateException failure(String what) {
		String tail;
		try {
			List<String> lines = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			tail = String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			tail = "(no output: " + ex + ")";
		}
		return new IllegalStateException("The broker-relay baseline (pid " + this.process.pid() + ", " + this.logFile
				+ ") " + what + "; its output ends with:\n" + tail);
	}

	/**
	 * The same java binary, -Xmx1g (Netty's native transport allowed), and either the
	 * bench jar through its PropertiesLauncher with {@code loader.main}, or (classes in a
	 * folder, e.g. an IDE run) this JVM's class path.
	 */
	private static List<String> launchCommand() {
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
		Path jar = bootJar();
		if (jar != null) {
			command.addAll(List.of("-Dloader.main=" + BrokerRelayApp.class.getName(), "-jar", jar.toString()));
		}
		else {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), BrokerRelayApp.class.getName()));
		}
		return command;
	}

	/**
	 * The Spring Boot jar this class was loaded from, or null when it was not (then the
	 * class path is used as it is).
	 */
	private static Path bootJar() {
		URL location = BrokerRelayBaseline.class.getProtectionDomain().getCodeSource().getLocation();
		String url = location.toString();
		// Spring Boot's loader: jar:nested:/path/huddle-bench.jar/!BOOT-INF/classes/!/
		if (url.startsWith("jar:nested:")) {
			int end = url.indexOf("/!");
			String path = url.substring("jar:nested:".length(), (end >= 0) ? end : url.length());
			return Path.of(URI.create("file:" + path));
		}
		return null;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
