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
	void createDatabase(String name);

	@Override
	void close();

}
