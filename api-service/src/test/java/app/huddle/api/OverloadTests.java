package app.huddle.api;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.huddle.testsupport.Http;
import app.huddle.testsupport.TestServersConfiguration;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When every database connection of a replica stays busy through the request's retries,
 * the request is answered 503 with Retry-After (the gateway then asks the other replica),
 * never a 500, and nothing is stored.
 */
@TestPropertySource(properties = { TestServersConfiguration.DATABASE_PROPERTY + "=overload",
		"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=250" })
class OverloadTests extends ApiTests {

	@Autowired
	HikariDataSource pool;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestThatFindsNoFreeConnectionIsAnsweredBusyAndStoresNothing() throws Exception {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				held.add(pool.getConnection());
			}

			Http.Response post = http.post("/api/teams/" + team + "/messages", owner.token(),
					Map.of("body", "while busy", "clientId", "busy-1"));

			assertProblem(post, 503, "too busy");
			assertThat(post.headers().firstValue("Retry-After")).hasValue("1");
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE client_id = 'busy-1'").query(Long.class).single())
			.isZero();
		Http.Response after = http.post("/api/teams/" + team + "/messages", owner.token(),
				Map.of("body", "after", "clientId", "busy-2"));
		assertThat(after.status()).as(after.body()).isEqualTo(201);
	}

}
