package app.huddle.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import app.huddle.testsupport.PgAutoFailoverPair;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every TCP login to the pg_auto_failover trio (monitor, both nodes, the monitor's
 * PgBouncer) needs the role's password, checked with scram-sha-256 (issue 12: postgres
 * and huddle got in from localhost without one). The pair is started by database/ha/pgaf,
 * as ./huddle up starts it, so it also shows the stack works with the configured
 * passwords.
 */
class PostgresAuthenticationTests {

	/** The roles anyone could try: the superuser, the app's, and pg_auto_failover's. */
	private static final List<String> ROLES = List.of("postgres", "huddle", "pgautofailover_replicator", "autoctl_node",
			"pgautofailover_monitor");

	private static PgAutoFailoverPair pair;

	private static Properties env;

	@BeforeAll
	static void startPair() throws IOException {
		env = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("..", "huddle.env"))) {
			env.load(reader);
		}
		pair = new PgAutoFailoverPair();
	}

	@AfterAll
	static void stopPair() {
		if (pair != null) {
			pair.close();
		}
	}

	@Test
	void everyServerRefusesEveryRoleWithoutPassword() {
		servers().forEach((server, url) -> ROLES.forEach(role -> assertRefused(server, url, role, null)));
	}

	@Test
	void everyServerRefusesEveryRoleWithWrongPassword() {
		servers().forEach((server, url) -> ROLES.forEach(role -> assertRefused(server, url, role, "wrong-password")));
	}

	@Test
	void configuredPasswordsLogIn() throws SQLException {
		Map<String, String> servers = servers();
		assertLogsIn(pair.jdbcUrl(), "huddle", env.getProperty("HUDDLE_DB_PASSWORD"));
		for (String node : List.of("node1", "node2")) {
			assertLogsIn(servers.get(node), "postgres", env.getProperty("HUDDLE_PG_SUPERUSER_PASSWORD"));
			assertLogsIn(servers.get(node), "pgautofailover_replicator",
					env.getProperty("HUDDLE_PG_REPLICATION_PASSWORD"));
			assertLogsIn(servers.get(node), "pgautofailover_monitor",
					env.getProperty("HUDDLE_PG_HEALTH_CHECK_PASSWORD"));
		}
		assertLogsIn(servers.get("monitor"), "postgres", env.getProperty("HUDDLE_PG_SUPERUSER_PASSWORD"));
		assertLogsIn(servers.get("monitor"), "autoctl_node", env.getProperty("HUDDLE_PG_MONITOR_PASSWORD"));
		assertLogsIn(servers.get("pooler"), "autoctl_node", env.getProperty("HUDDLE_PG_MONITOR_PASSWORD"));
	}

	/**
	 * Each server of the trio by name, with a database every role is allowed to ask for.
	 */
	private static Map<String, String> servers() {
		List<Integer> ports = pair.ports();
		return Map.of("monitor", url(ports.get(0), "pg_auto_failover"), "node1", url(ports.get(1), "postgres"), "node2",
				url(ports.get(2), "postgres"), "pooler", url(ports.get(3), "pg_auto_failover"));
	}

	private static String url(int port, String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=5";
	}

	/**
	 * Refused for want of the right password: PostgreSQL says so (28P01), PgBouncer too
	 * (with 08P01, its code for everything), pgjdbc when asked for a password it lacks.
	 */
	private static void assertRefused(String server, String url, String role, String password) {
		assertThatExceptionOfType(SQLException.class)
			.as("%s logging in as %s with %s", server, role, password == null ? "no password" : "a wrong password")
			.isThrownBy(() -> connect(url, role, password).close())
			.withMessageMatching("(?s).*(password authentication failed|SASL authentication failed"
					+ "|requested SCRAM-based authentication, but no password was provided).*");
	}

	private static void assertLogsIn(String url, String role, String password) throws SQLException {
		try (Connection connection = connect(url, role, password)) {
			assertThat(connection.isValid(5)).as("%s logs in to %s", role, url).isTrue();
		}
	}

	private static Connection connect(String url, String role, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", role);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(url, properties);
	}

}
