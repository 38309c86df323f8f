package app.huddle.notifier;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an orchestrator needs on the public port, without credentials: the liveness and
 * readiness probes at the actuator's paths, status only ({@code {"status":"UP"}}, 200;
 * anything else 503), neither details nor components. The actuator itself (health with
 * details, metrics, prometheus) answers on the management port, bound to loopback.
 */
@RestController
class PublicProbes {

	private final HealthEndpoint health;

	private final HttpCodeStatusMapper statusCodes;

	PublicProbes(HealthEndpoint health, ObjectProvider<HttpCodeStatusMapper> statusCodes) {
		this.health = health;
		this.statusCodes = statusCodes.getIfAvailable(() -> HttpCodeStatusMapper.DEFAULT);
	}

	@GetMapping("/actuator/health/liveness")
	ResponseEntity<Map<String, String>> liveness() {
		return status(this.health.healthForPath("liveness"));
	}

	@GetMapping("/actuator/health/readiness")
	ResponseEntity<Map<String, String>> readiness() {
		return status(this.health.healthForPath("readiness"));
	}

	private ResponseEntity<Map<String, String>> status(@Nullable HealthDescriptor probe) {
		if (probe == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.status(this.statusCodes.getStatusCode(probe.getStatus()))
			.body(Map.of("status", probe.getStatus().getCode()));
	}

}
