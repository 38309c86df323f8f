package app.huddle.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 15 in a container, for machines with a Docker engine. */
final class ContainerPostgres implements PostgresServer {

	private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName(DATABASE)
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
	public void createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
	}

	@Override
	public void close() {
		container.stop();
	}

}
