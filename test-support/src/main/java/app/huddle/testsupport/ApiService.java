package app.huddle.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The real api-service, started from its packaged (Spring Boot) jar as a child process
 * against the test PostgreSQL (its Flyway creates the schema) and RabbitMQ, on a free
 * port, with its output in a log file under the calling module's {@code target/}. It
 * starts while the caller's Spring context loads; tests wait for its readiness before
 * their first request. The build passes the jar's path in {@value #JAR_PROPERTY}.
 */
public final class ApiService implements AutoCloseable {

	/** The system property naming the api-service jar. */
	public static final String JAR_PROPERTY = "huddle.api-service.jar";

	private final Process process;

	private final int port;

	private final Path log;

	private boolean ready;

	private ApiService(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static ApiService start() {
		Path jar = jar();
		PostgresServer postgres = TestServers.postgres();
		RabbitServer rabbit = TestServers.rabbit();
		int port = Processes.freePort();
		Path log = Processes.logFile("api-service-" + port + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		Map<String, String> env = Map.ofEntries(Map.entry("SERVER_PORT", String.valueOf(port)),
				Map.entry("HUDDLE_INSTANCE_ID", "api-test-child"),
				Map.entry("SPRING_DATASOURCE_URL", postgres.jdbcUrl()),
				Map.entry("SPRING_DATASOURCE_USERNAME", PostgresServer.USER),
				Map.entry("SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD),
				Map.entry("SPRING_RABBITMQ_HOST", rabbit.host()),
				Map.entry("SPRING_RABBITMQ_PORT", String.valueOf(rabbit.port())),
				Map.entry("SPRING_RABBITMQ_USERNAME", rabbit.username()),
				Map.entry("SPRING_RABBITMQ_PASSWORD", rabbit.password()),
				Map.entry("SPRING_RABBITMQ_VIRTUAL_HOST", "/"));
		Process process = Processes.start(
				List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()), env,
				log);
		ApiService api = new ApiService(process, port, log);
		Runtime.getRuntime().addShutdownHook(new Thread(api::close, "stop-api-service"));
		return api;
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty(JAR_PROPERTY, "../api-service/target/api-service.jar"))
			.toAbsolutePath()
			.normalize();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; run the tests with -am (./mvnw -pl notifier-service"
					+ " -am verify builds api-service first) or build it: ./mvnw -pl api-service -am package -DskipTests");
		}
		return jar;
	}

	/** Waits for readiness once; the notifier's own context starts meanwhile. */
	public synchronized ApiService awaitReady() {
		if (!ready) {
			await("api-service readiness (log " + log + ")").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.until(this::answers);
			ready = true;
		}
		return this;
	}

	private boolean answers() {
		if (!process.isAlive()) {
			throw new IllegalStateException(
					"api-service exited with " + process.exitValue() + "; log " + log + ":\n" + Processes.tail(log));
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

	public int port() {
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
