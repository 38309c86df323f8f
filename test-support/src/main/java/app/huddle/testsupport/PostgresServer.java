package app.huddle.testsupport;

/** A PostgreSQL server the tests own; user {@value #USER} may create databases. */
public interface PostgresServer extends AutoCloseable {

	String USER = "huddle";

	String PASSWORD = "huddle";

	String DATABASE = "huddle";

	String jdbcUrl(String database);

	default String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	/** A fresh, empty database, for tests that must start from nothing (migrations). */
	default void createDatabase(String name) {
		try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
	}

	/** Creates the database unless it exists already. */
	default void ensureDatabase(String name) {
		try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
				var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			if (!exists.executeQuery().next()) {
				createDatabase(name);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot look up database " + name, ex);
		}
	}

	@Override
	void close();

}
