package app.huddle.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * What the container path shares: Huddle's own images in place of the official ones (no
 * image registry has to answer), built from the repository when the engine lacks them,
 * and containers published on loopback only.
 */
final class Containers {

	private static final Logger logger = LoggerFactory.getLogger(Containers.class);

	private Containers() {
	}

	/** {@code huddle/rabbitmq:local} (broker/Dockerfile), standing in for rabbitmq. */
	static DockerImageName rabbitmq() {
		return image("huddle/rabbitmq:local", "broker/Dockerfile", "broker").asCompatibleSubstituteFor("rabbitmq");
	}

	/**
	 * {@code huddle/postgres-ha:local} (database/Dockerfile), standing in for postgres.
	 */
	static DockerImageName postgres() {
		return image("huddle/postgres-ha:local", "database/Dockerfile", "database", "huddle.env")
			.asCompatibleSubstituteFor("postgres");
	}

	/**
	 * The image, built first if the engine does not have it (a minute or two, once: it is
	 * kept for later runs, so a changed Dockerfile needs a {@code docker build} by hand).
	 * The build context holds only the given paths of the repository.
	 */
	private static synchronized DockerImageName image(String name, String dockerfile, String... context) {
		if (!exists(name)) {
			Path root = repositoryRoot(dockerfile);
			logger.info("Building {} from {} (not in the Docker engine yet)", name, dockerfile);
			ImageFromDockerfile build = new ImageFromDockerfile(name, false).withDockerfilePath(dockerfile);
			for (String path : context) {
				build.withFileFromPath(path, root.resolve(path));
			}
			try {
				build.get();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Building " + name + " failed; build it by hand to see why: cd " + root
						+ " && docker build -f " + dockerfile + " -t " + name + " .", ex);
			}
		}
		return DockerImageName.parse(name);
	}

	private static boolean exists(String image) {
		try {
			DockerClientFactory.instance().client().inspectImageCmd(image).exec();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static Path repositoryRoot(String dockerfile) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(dockerfile))) {
				return dir;
			}
		}
		throw new IllegalStateException(dockerfile + " not found above " + Path.of("").toAbsolutePath());
	}

	/**
	 * A test server's container: every exposed port published on 127.0.0.1 only (Docker's
	 * default is every interface) when the engine runs on this machine, and no health
	 * check (the image's runs a CLI every few seconds, CPU the tests need).
	 */
	static CreateContainerCmd forTests(CreateContainerCmd create) {
		create.withHealthcheck(new HealthCheck().withTest(List.of("NONE")));
		String host = DockerClientFactory.instance().dockerHostIpAddress();
		if ("localhost".equals(host) || "127.0.0.1".equals(host)) {
			List<PortBinding> bindings = create.getHostConfig()
				.getPortBindings()
				.getBindings()
				.entrySet()
				.stream()
				.flatMap(port -> Stream.of(port.getValue())
					.map(binding -> new PortBinding(new Ports.Binding("127.0.0.1", binding.getHostPortSpec()),
							port.getKey())))
				.toList();
			create.getHostConfig().withPortBindings(bindings);
		}
		return create;
	}

	/**
	 * The host to connect to: the published ports are on loopback when the engine is
	 * local.
	 */
	static String host(GenericContainer<?> container) {
		String host = container.getHost();
		return "localhost".equals(host) ? "127.0.0.1" : host;
	}

	/**
	 * Keeps the container's output under target/test-logs before it goes with the
	 * container.
	 */
	static void keepLogs(GenericContainer<?> container, String name) {
		try {
			Files.writeString(Processes.logFile(name), container.getLogs());
		}
		catch (IOException | RuntimeException ignored) {
			// best effort: the logs only help to explain a failure
		}
	}

}
