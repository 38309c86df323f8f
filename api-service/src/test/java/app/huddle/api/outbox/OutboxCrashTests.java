package app.huddle.api.outbox;

import java.time.Duration;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.TestServersConfiguration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publisher that dies after RabbitMQ confirmed but before its transaction marked the
 * rows: the transaction never commits (here: rolled back, as a killed process's would
 * be), so the rows stay unpublished and the next round sends them again. The event
 * arrives twice, never zero times.
 */
@TestPropertySource(properties = { "huddle.api.outbox.enabled=false",
		TestServersConfiguration.DATABASE_PROPERTY + "=outbox_crash" })
class OutboxCrashTests extends ApiTests {

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxDatabase database;

	@Autowired
	OutboxSettings settings;

	@Autowired
	ExchangeNames exchanges;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCrashBetweenConfirmAndMarkSendsTheEventAgainNeverLosesIt() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.teams(), "team." + team + ".#")) {
			long seq = http.post("/api/teams/" + team + "/messages", owner.token(), Map.of("body", "survive me"))
				.json()
				.get("seq")
				.asLong();
			String envelopeId = jdbc.sql("SELECT envelope_id::text FROM team_activities WHERE team_id = ? AND seq = ?")
				.params(team, seq)
				.query(String.class)
				.single();

			OutboxRelay dying = new OutboxRelay(
					new OutboxDatabase(database.jdbc(), diesBeforeCommit(database.transactions())), rabbit, settings,
					exchanges);
			assertThat(dying.sweep(OutboxTable.TEAM_ACTIVITIES, Duration.ZERO).published()).isPositive();

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.withEnvelopeId(envelopeId).size() == 1);
			assertThat(published(envelopeId)).as("the mark died with the publisher").isFalse();

			assertThat(relay.sweep(OutboxTable.TEAM_ACTIVITIES, Duration.ZERO).failed()).isFalse();

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.withEnvelopeId(envelopeId).size() == 2);
			assertThat(published(envelopeId)).isTrue();
			assertThat(probe.withEnvelopeId(envelopeId))
				.allSatisfy(copy -> assertThat(copy.envelope().get("seq").asLong()).isEqualTo(seq));
		}
	}

	/**
	 * Transactions that never commit, as a killed process's would not: they roll back
	 * after their work.
	 */
	private static TransactionOperations diesBeforeCommit(TransactionOperations transactions) {
		return new TransactionOperations() {
			@Override
			public <T> @Nullable T execute(TransactionCallback<T> action) {
				return transactions.execute(status -> {
					T result = action.doInTransaction(status);
					status.setRollbackOnly();
					return result;
				});
			}
		};
	}

	private boolean published(String envelopeId) {
		return jdbc.sql("SELECT published_at IS NOT NULL FROM team_activities WHERE envelope_id = ?::uuid")
			.param(envelopeId)
			.query(Boolean.class)
			.single();
	}

}
