package app.huddle.notifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.huddle.testsupport.PostgresServer;
import app.huddle.testsupport.RabbitServer;
import app.huddle.testsupport.TestServers;

import static org.awaitility.Awaitility.await;

/**
 * The real api-service, started from its packaged jar as a child process against the test
 * PostgreSQL (its Flyway creates the schema) and RabbitMQ, on a free port. It starts
 * while the notifier's Spring context loads; tests wait for its readiness before their
 * first request.
 */
final class ApiService implements AutoCloseable {

	static final Path JAR = Path.of("../api-service/target/api-service.jar");

	private final Process process;

	private final int port;

	private final Path log;

	private boolean ready;

	private ApiService(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static ApiService start() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; build it first with "
					+ "./mvnw -B -o -pl api-service -am package -DskipTests");
		}
		PostgresServer postgres = TestServers.postgres();
		RabbitServer rabbit = TestServers.rabbit();
		int port = Ports.free();
		Path log = Path.of("target", "api-service-" + port + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		var env = builder.environment();
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("HUDDLE_INSTANCE_ID", "api-notifier-tests");
		env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
		env.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
		env.put("SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
		env.put("SPRING_RABBITMQ_HOST", rabbit.host());
		env.put("SPRING_RABBITMQ_PORT", String.valueOf(rabbit.port()));
		env.put("SPRING_RABBITMQ_USERNAME", rabbit.username());
		env.put("SPRING_RABBITMQ_PASSWORD", rabbit.password());
		env.put("SPRING_RABBITMQ_VIRTUAL_HOST", "/");
		Process process;
		try {
			Files.createDirectories(log.getParent());
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the api-service", ex);
		}
		ApiService api = new ApiService(process, port, log);
		Runtime.getRuntime().addShutdownHook(new Thread(api::close, "stop-api-service"));
		return api;
	}

	/** Waits for readiness once; the notifier's own context starts meanwhile. */
	synchronized ApiService awaitReady() {
		if (!ready) {
			await("api-service readiness (log " + log.toAbsolutePath() + ")").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.until(this::answers);
			ready = true;
		}
		return this;
	}

	private boolean answers() {
		if (!process.isAlive()) {
			throw new IllegalStateException(
					"api-service exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<Void> response = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	int port() {
		return port;
	}

	@Override
	public void close() {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		children.forEach(ProcessHandle::destroyForcibly);
	}

}
