package app.huddle.api.auth;

import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed-login buckets do not pile up: each row expires once its bucket is full again.
 */
class LoginThrottleTests extends ApiTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBucketRowExpiresOnceItIsFullAgainAndIsRemoved() {
		String name = Fixtures.uniqueName("gone");
		long before = System.currentTimeMillis();
		assertThat(http.post("/api/auth/login", null, Map.of("username", name, "password", "wrong-password")).status())
			.isEqualTo(401);

		Long expiresAt = jdbc.sql("SELECT expires_at FROM login_attempt_buckets WHERE id = ?")
			.param("account:" + name)
			.query(Long.class)
			.single();
		assertThat(expiresAt).as("full again within the 5-minute window").isBetween(before, before + 5 * 60_000);

		jdbc.sql("UPDATE login_attempt_buckets SET expires_at = ? WHERE id = ?")
			.params(System.currentTimeMillis() - 1, "account:" + name)
			.update();
		assertThat(throttle.removeExpired()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM login_attempt_buckets WHERE id = ?")
			.param("account:" + name)
			.query(Long.class)
			.single()).isZero();
	}

}
