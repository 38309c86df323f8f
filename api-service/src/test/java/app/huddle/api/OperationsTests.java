package app.huddle.api;

import java.util.List;

import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTests extends ApiTests {

	/** The actuator's own server, bound to loopback. */
	@LocalManagementPort
	int managementPort;

	@Test
	void servesTheOpenApiDocumentAndItsUi() {
		Http.Response document = http.get("/api/docs/openapi.json", null);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).contains("/api/auth/login",
				"/api/teams/{teamId}/messages", "/api/notifications/read");
		assertThat(http.get("/api/docs", null).status()).isIn(200, 302);
	}

	@Test
	void publicPortAnswersTheProbesWithTheirStatusOnly() {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			Http.Response response = http.get(probe, null);
			assertThat(response.status()).as(probe + ": " + response.body()).isEqualTo(200);
			assertThat(response.json().propertyNames()).as(probe).containsExactly("status");
			assertThat(response.json().get("status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void publicPortServesNoOtherActuatorData() {
		String token = fixtures.user("ops").token();
		for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/db", "/actuator/metrics",
				"/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/actuator/env", "/actuator/info")) {
			Http.Response anonymous = http.get(path, null);
			assertThat(anonymous.status()).as(path + ": " + anonymous.body()).isEqualTo(401);
			assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
			Http.Response signedIn = http.get(path, token);
			assertThat(signedIn.status()).as(path + " signed in: " + signedIn.body()).isEqualTo(404);
			assertThat(signedIn.contentType()).as(path).startsWith("application/problem+json");
			assertThat(anonymous.body() + signedIn.body()).as(path)
				.doesNotContain("measurements")
				.doesNotContain("\"names\"")
				.doesNotContain("huddle_outbox")
				.doesNotContain("components")
				.doesNotContain("backlog");
		}
	}

	@Test
	void managementPortReportsDatabaseBrokerAndOutbox() {
		Http management = new Http(managementPort);
		Http.Response readiness = management.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
		var components = readiness.json().get("components");
		assertThat(components.propertyNames()).contains("db", "rabbit", "outbox");
		assertThat(components.get("outbox").get("details").has("backlog")).isTrue();
		assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
	}

	@Test
	void managementPortExposesOutboxMetrics() {
		Http.Response metrics = new Http(managementPort).get("/actuator/prometheus", null);
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("huddle_outbox_backlog").contains("huddle_outbox_oldest_age_seconds");
	}

}
