package app.huddle.bench.infra;

import java.time.Duration;

/**
 * Waits until every outbox row the stack has committed is published, so that one
 * scenario's backlog is not measured by the next. The fan-out scenario's broker-relay
 * baseline binds a thousand queues to the teams exchange, which slows RabbitMQ's confirms
 * for a minute after it ends; an idle-sessions probe posted into that once waited past
 * its drain.
 */
public final class OutboxDrain {

	private static final String UNPUBLISHED = """
			SELECT (SELECT count(*) FROM team_activities WHERE published_at IS NULL)
			     + (SELECT count(*) FROM notifications WHERE published_at IS NULL)
			     + (SELECT count(*) FROM session_endings WHERE published_at IS NULL)
			     + (SELECT count(*) FROM personal_signals WHERE published_at IS NULL)""";

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

	private OutboxDrain() {
	}

	/** Returns once nothing is unpublished; fails after {@code limit}. */
	public static void await(Postgres postgres, Duration limit) throws InterruptedException {
		long start = System.nanoTime();
		long nextReport = start + REPORT_EVERY.toNanos();
		while (true) {
			long unpublished = Long.parseLong(postgres.query(postgres.primaryPort(), UNPUBLISHED).strip());
			if (unpublished == 0) {
				return;
			}
			long now = System.nanoTime();
			if (now - start > limit.toNanos()) {
				throw new IllegalStateException(
						"%d outbox rows still unpublished after %d s".formatted(unpublished, limit.toSeconds()));
			}
			if (now >= nextReport) {
				System.out.printf("  waiting for the outbox to drain: %,d rows unpublished%n", unpublished);
				nextReport = now + REPORT_EVERY.toNanos();
			}
			Thread.sleep(POLL);
		}
	}

}
