package app.huddle.notifier;

import java.util.List;

import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTests extends NotifierTests {

	/** The actuator's own server, bound to loopback. */
	@LocalManagementPort
	int managementPort;

	@Test
	void publicPortAnswersTheProbesWithTheirStatusOnly() {
		Http notifier = new Http(port);
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			Http.Response response = notifier.get(probe, null);
			assertThat(response.status()).as(probe + ": " + response.body()).isEqualTo(200);
			assertThat(response.json().propertyNames()).as(probe).containsExactly("status");
			assertThat(response.json().get("status").asString()).isEqualTo("UP");
		}
	}

	@Test
	void publicPortServesNoOtherActuatorData() {
		Http notifier = new Http(port);
		for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/db", "/actuator/metrics",
				"/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/actuator/env", "/actuator/info")) {
			Http.Response response = notifier.get(path, null);
			assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
			assertThat(response.body()).as(path)
				.doesNotContain("measurements")
				.doesNotContain("\"names\"")
				.doesNotContain("components")
				.doesNotContain("Exception");
		}
	}

	@Test
	void managementPortServesHealthDetailsAndMetrics() {
		Http management = new Http(managementPort);
		Http.Response readiness = management.get("/actuator/health/readiness", null);
		assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.json().get("components").propertyNames()).contains("db", "rabbit");
		Http.Response heap = management.get("/actuator/metrics/jvm.memory.used?tag=area:heap", null);
		assertThat(heap.status()).as(heap.body()).isEqualTo(200);
		assertThat(heap.json().get("measurements").get(0).get("value").asLong()).isPositive();
	}

}
