package app.huddle.api;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP-level tests: one shared application context, talked to over real HTTP.
 */
@IntegrationTest
public abstract class ApiTests {

	@LocalServerPort
	protected int port;

	protected Http http;

	protected Fixtures fixtures;

	@BeforeEach
	void connect() {
		http = new Http(port);
		fixtures = new Fixtures(http);
	}

	protected static void assertProblem(Http.Response response, int status, String detailFragment) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
		assertThat(response.json().get("detail").asString()).containsIgnoringCase(detailFragment);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.huddle");
	}

}
