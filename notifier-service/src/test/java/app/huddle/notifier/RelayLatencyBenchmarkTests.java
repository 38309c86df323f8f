package app.huddle.notifier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.awaitility.Awaitility.await;

/**
 * Prints (does not assert) publish-to-delivery latency over 1000 messages each way: a
 * REST post through the api-service's outbox and RabbitMQ to a STOMP subscriber, and an
 * envelope published straight to the exchange (the notifier's own hop). The figures also
 * go to target/benchmarks/latency.md.
 */
class RelayLatencyBenchmarkTests extends NotifierTests {

	private static final int MESSAGES = 1000;

	@Autowired
	RabbitTemplate rabbit;

	@Test
	void printsPublishToDeliveryLatency() throws Exception {
		Fixtures.User owner = fixtures.user("bench");
		long team = fixtures.team(owner);
		StompClient.Subscription seen = connect(owner).subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);
		int already = seen.envelopes.size();

		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		for (int i = 0; i < MESSAGES; i++) {
			String body = "bench " + i;
			sentAt.put(body, System.nanoTime());
			fixtures.post(team, owner, body);
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> seen.ofType("chat.message.created").size() >= MESSAGES);
		List<Long> restMicros = latencies(seen, already, sentAt,
				envelope -> envelope.get("data").get("body").asString());

		int before = seen.envelopes.size();
		Map<String, Long> publishedAt = new ConcurrentHashMap<>();
		for (int i = 0; i < MESSAGES; i++) {
			String id = UUID.randomUUID().toString();
			String envelope = "{\"id\":\"" + id + "\",\"type\":\"bench.ping\",\"teamId\":" + team
					+ ",\"seq\":null,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"data\":{}}";
			publishedAt.put(id, System.nanoTime());
			rabbit.send("huddle.teams", "team." + team + ".bench.ping",
					MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
						.setContentType("application/json")
						.build());
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> seen.envelopes.size() >= before + MESSAGES);
		List<Long> amqpMicros = latencies(seen, before, publishedAt, envelope -> envelope.get("id").asString());

		String report = """
				| path | messages | p50 | p90 | p99 | max |
				| --- | --- | --- | --- | --- | --- |
				%s
				%s
				""".formatted(row("REST POST -> outbox -> RabbitMQ -> notifier -> STOMP client", restMicros),
				row("AMQP publish -> notifier -> STOMP client", amqpMicros));
		System.out.println("LATENCY\n" + report);
		Path out = Path.of("target", "benchmarks", "latency.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static List<Long> latencies(StompClient.Subscription seen, int from, Map<String, Long> sentAt,
			java.util.function.Function<tools.jackson.databind.JsonNode, String> key) {
		List<Long> micros = new ArrayList<>();
		for (int i = from; i < seen.envelopes.size(); i++) {
			Long sent = sentAt.get(key.apply(seen.envelopes.get(i)));
			if (sent != null) {
				micros.add((seen.arrivals.get(i) - sent) / 1000);
			}
		}
		Collections.sort(micros);
		return micros;
	}

	private static String row(String path, List<Long> sorted) {
		return "| %s | %d | %s | %s | %s | %s |".formatted(path, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.90),
				ms(sorted, 0.99), ms(sorted, 1.0));
	}

	private static String ms(List<Long> sorted, double quantile) {
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
		return "%.1f ms".formatted(sorted.get(Math.max(0, index)) / 1000.0);
	}

}
