package app.huddle.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * The one place that decides where the test servers come from: Testcontainers where a
 * Docker engine answers, throwaway local servers from the installed binaries everywhere
 * else. {@code HUDDLE_TEST_DOCKER=true} insists on containers (CI, which starts an
 * engine, must not fall back unnoticed) and {@code false} on local servers. Each server
 * starts once per test JVM and stops when the JVM exits.
 */
public final class TestServers {

	private static PostgresServer postgres;

	private static RabbitServer rabbit;

	private TestServers() {
	}

	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			postgres = dockerAvailable() ? new ContainerPostgres() : new LocalPostgres();
			Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
		}
		return postgres;
	}

	public static synchronized RabbitServer rabbit() {
		if (rabbit == null) {
			rabbit = dockerAvailable() ? new ContainerRabbit() : new LocalRabbit();
			Runtime.getRuntime().addShutdownHook(new Thread(rabbit::close, "stop-test-rabbit"));
		}
		return rabbit;
	}

	static boolean dockerAvailable() {
		String choice = System.getenv("HUDDLE_TEST_DOCKER");
		if ("false".equals(choice)) {
			return false;
		}
		boolean engineHinted = System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
		boolean available = engineHinted && DockerClientFactory.instance().isDockerAvailable();
		if (!available && "true".equals(choice)) {
			throw new IllegalStateException("HUDDLE_TEST_DOCKER=true but no Docker engine answers"
					+ " (start one with launcher/container-engine start)");
		}
		return available;
	}

}
