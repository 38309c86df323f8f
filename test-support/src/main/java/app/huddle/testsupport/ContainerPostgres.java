package app.huddle.testsupport;

import java.time.Duration;

import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a container of Huddle's own image (database/Dockerfile, its standalone
 * mode), set up as {@link LocalPostgres} is.
 */
final class ContainerPostgres implements PostgresServer {

	private final PostgreSQLContainer container = new PostgreSQLContainer(Containers.postgres())
		.withDatabaseName(DATABASE)
		.withUsername(USER)
		.withPassword(PASSWORD)
		.withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c",
				"max_connections=300")
		// The official image logs "ready to accept connections" twice (its set-up server,
		// then the real one), which PostgreSQLContainer waits for; this one logs it once.
		.waitingFor(new WaitAllStrategy().withStrategy(Wait.forListeningPort())
			.withStrategy(Wait.forSuccessfulCommand("pg_isready -q -h 127.0.0.1 -p 5432"))
			.withStartupTimeout(Duration.ofMinutes(2)))
		.withCreateContainerCmdModifier(Containers::forTests);

	ContainerPostgres() {
		container.start();
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + Containers.host(container) + ":" + container.getMappedPort(5432) + "/" + database;
	}

	@Override
	public void close() {
		Containers.keepLogs(container, "postgres-container-" + container.getMappedPort(5432) + ".log");
		container.stop();
	}

}
