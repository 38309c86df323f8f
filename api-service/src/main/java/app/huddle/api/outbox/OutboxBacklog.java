package app.huddle.api.outbox;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's size and the age of its oldest row, as metrics and as readiness details.
 */
@Component("outbox")
class OutboxBacklog implements HealthIndicator {

	private final JdbcClient jdbc;

	OutboxBacklog(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		Gauge.builder("huddle.outbox.backlog", this, backlog -> backlog.current().size())
			.description("Outbox rows not yet confirmed by RabbitMQ")
			.register(meters);
		Gauge.builder("huddle.outbox.oldest.age", this, backlog -> backlog.current().oldestAge().toMillis() / 1000.0)
			.description("Age in seconds of the oldest unpublished outbox row")
			.baseUnit("seconds")
			.register(meters);
	}

	State current() {
		return jdbc
			.sql("""
					SELECT count(*) AS size, COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)) * 1000, 0)::bigint AS age_ms
					FROM (SELECT occurred_at FROM team_activities WHERE published_at IS NULL
					      UNION ALL SELECT occurred_at FROM notifications WHERE published_at IS NULL
					      UNION ALL SELECT occurred_at FROM session_endings WHERE published_at IS NULL
					      UNION ALL SELECT occurred_at FROM personal_signals WHERE published_at IS NULL) pending""")
			.query((rs, row) -> new State(rs.getLong("size"), Duration.ofMillis(rs.getLong("age_ms"))))
			.single();
	}

	@Override
	public Health health() {
		State state = current();
		return Health.up()
			.withDetails(Map.of("backlog", state.size(), "oldestUnpublishedSeconds", state.oldestAge().toSeconds()))
			.build();
	}

	record State(long size, Duration oldestAge) {
	}

}
