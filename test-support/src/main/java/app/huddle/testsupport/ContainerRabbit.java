package app.huddle.testsupport;

import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * RabbitMQ in a container; an outage is a paused container, so the mapped port survives
 * it.
 */
final class ContainerRabbit implements RabbitServer {

	private final RabbitMQContainer container = new RabbitMQContainer("rabbitmq:3.13-management");

	private boolean paused;

	ContainerRabbit() {
		container.start();
	}

	@Override
	public String host() {
		return container.getHost();
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
		container.stop();
	}

}
