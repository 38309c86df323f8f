package app.huddle.api;

import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTests extends ApiTests {

	@Test
	void servesTheOpenApiDocumentAndItsUi() {
		Http.Response document = http.get("/api/docs/openapi.json", null);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).contains("/api/auth/login",
				"/api/teams/{teamId}/messages", "/api/notifications/read");
		assertThat(http.get("/api/docs", null).status()).isIn(200, 302);
	}

	@Test
	void readinessReportsDatabaseBrokerAndOutbox() {
		Http.Response readiness = http.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
		var components = readiness.json().get("components");
		assertThat(components.propertyNames()).contains("db", "rabbit", "outbox");
		assertThat(components.get("outbox").get("details").has("backlog")).isTrue();
		assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
	}

	@Test
	void exposesOutboxMetrics() {
		Http.Response metrics = http.get("/actuator/prometheus", null);
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("huddle_outbox_backlog").contains("huddle_outbox_oldest_age_seconds");
	}

}
