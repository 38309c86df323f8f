package app.huddle.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.Processes;
import app.huddle.testsupport.RabbitServer;
import app.huddle.testsupport.TestServers;

import static org.awaitility.Awaitility.await;

/**
 * An api replica in a JVM of its own, started from this build's classes (not the test
 * classes) against the test servers and one database, so a test can SIGKILL it mid-work
 * the way a crashed host would end it: no shutdown hooks, no rollback but PostgreSQL's.
 */
public final class ApiProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private ApiProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts a replica on the database with extra properties ({@code key=value}). */
	public static ApiProcess start(String database, String... properties) {
		PostgresServer postgres = TestServers.postgres();
		RabbitServer rabbit = TestServers.rabbit();
		int port = Processes.freePort();
		Path log = Processes.logFile("api-process-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", mainClassPath(),
				HuddleApiApplication.class.getName(), "--server.port=" + port, "--spring.jmx.enabled=false"));
		Arrays.stream(properties).map(property -> "--" + property).forEach(command::add);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment()
			.putAll(Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database), "SPRING_DATASOURCE_USERNAME",
					PostgresServer.USER, "SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD, "SPRING_RABBITMQ_HOST",
					rabbit.host(), "SPRING_RABBITMQ_PORT", String.valueOf(rabbit.port()), "SPRING_RABBITMQ_USERNAME",
					rabbit.username(), "SPRING_RABBITMQ_PASSWORD", rabbit.password(), "SPRING_RABBITMQ_VIRTUAL_HOST",
					"/"));
		try {
			return new ApiProcess(builder.start(), port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start an api replica", ex);
		}
	}

	/**
	 * The test JVM's class path without the test classes, which are not the service's.
	 */
	private static String mainClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	public ApiProcess awaitReady() {
		await("api replica readiness (log " + log + ")").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.until(this::ready);
		return this;
	}

	private boolean ready() {
		if (!process.isAlive()) {
			throw new IllegalStateException("The api replica exited with " + process.exitValue() + "; log " + log);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	/** SIGKILL, as {@code kill -9}; returns once the process is gone. */
	public void kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The api replica " + process.pid() + " outlived SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public boolean alive() {
		return process.isAlive();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

}
