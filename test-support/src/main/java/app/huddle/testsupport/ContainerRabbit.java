package app.huddle.testsupport;

import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * RabbitMQ in a container of Huddle's own image (broker/Dockerfile, its plain mode); an
 * outage is a paused container, so the mapped port survives it.
 */
final class ContainerRabbit implements RabbitServer {

	private final RabbitMQContainer container = new RabbitMQContainer(Containers.rabbitmq())
		.withCreateContainerCmdModifier(Containers::forTests);

	private boolean paused;

	ContainerRabbit() {
		container.start();
	}

	@Override
	public String host() {
		return Containers.host(container);
	}

	@Override
	public int port() {
		return container.getAmqpPort();
	}

	@Override
	public String username() {
		return container.getAdminUsername();
	}

	@Override
	public String password() {
		return container.getAdminPassword();
	}

	@Override
	public synchronized void stop() {
		if (!paused) {
			container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
			paused = true;
		}
	}

	@Override
	public synchronized void start() {
		if (paused) {
			container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
			paused = false;
		}
	}

	@Override
	public void close() {
		start();
		Containers.keepLogs(container, "rabbitmq-container-" + port() + ".log");
		container.stop();
	}

}
