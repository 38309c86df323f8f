package app.huddle.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 15 in a container, for machines with a Docker engine. */
final class ContainerPostgres implements PostgresServer {

	private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine")
		.withDatabaseName(DATABASE)
		.withUsername(USER)
		.withPassword(PASSWORD);

	ContainerPostgres() {
		container.start();
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
	}

	@Override
	public void close() {
		container.stop();
	}

}
