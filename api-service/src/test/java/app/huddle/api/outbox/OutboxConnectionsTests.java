package app.huddle.api.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.TestServersConfiguration;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher has connections of its own: with every connection of the requests' pool
 * taken, as under overload, outbox rows still reach the broker.
 */
@TestPropertySource(properties = { TestServersConfiguration.DATABASE_PROPERTY + "=outbox_connections",
		"spring.datasource.hikari.maximum-pool-size=3", "huddle.api.outbox.sweep-after=100ms",
		"huddle.api.outbox.poll-interval=200ms" })
class OutboxConnectionsTests extends ApiTests {

	private static final int REQUEST_POOL = 3;

	@Autowired
	HikariDataSource requests;

	@Autowired
	ExchangeNames exchanges;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Test
	void publishesWhileEveryRequestConnectionIsTaken() throws Exception {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		String envelopeId = UUID.randomUUID().toString();
		List<Connection> held = new ArrayList<>();
		try (QueueProbe probe = new QueueProbe(admin, rabbit, exchanges.teams(), "team." + team + ".#")) {
			for (int i = 0; i < REQUEST_POOL; i++) {
				held.add(requests.getConnection());
			}
			assertThat(requests.getHikariPoolMXBean().getIdleConnections()).isZero();
			try (PreparedStatement insert = held.getFirst()
				.prepareStatement(
						"""
								INSERT INTO team_activities (envelope_id, team_id, seq, type, envelope, occurred_at)
								VALUES (?::uuid, ?, 1000, 'chat.message.created', jsonb_build_object('id', ?::text, 'seq', 1000), now())""")) {
				insert.setString(1, envelopeId);
				insert.setLong(2, team);
				insert.setString(3, envelopeId);
				insert.executeUpdate();
			}

			await().atMost(Duration.ofSeconds(10)).until(() -> probe.withEnvelopeId(envelopeId).size() == 1);
			assertThat(requests.getHikariPoolMXBean().getIdleConnections()).isZero();
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

}
