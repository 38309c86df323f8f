package app.huddle.bench.latency;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import com.rabbitmq.client.MessageProperties;
import org.HdrHistogram.ConcurrentHistogram;

import app.huddle.bench.load.Latencies;
import app.huddle.bench.load.OpenLoop;

/**
 * RabbitMQ's own publish → consume latency at a fixed rate: persistent messages with
 * publisher confirms into a throwaway durable queue on the Huddle vhost, consumed on
 * another connection, timed from the intended publish time. Exchange and queue are
 * deleted afterwards.
 */
final class AmqpLatency {

	private static final Duration DRAIN = Duration.ofSeconds(10);

	private final ConnectionFactory factory = new ConnectionFactory();

	AmqpLatency(String host, int port, String username, String password, String virtualHost) {
		this.factory.setHost(host);
		this.factory.setPort(port);
		this.factory.setUsername(username);
		this.factory.setPassword(password);
		this.factory.setVirtualHost(virtualHost);
	}

	Result run(double perSecond, Duration duration) throws IOException, TimeoutException, InterruptedException {
		String name = "bench.latency." + UUID.randomUUID();
		ConcurrentHistogram latency = Latencies.histogram();
		AtomicLong received = new AtomicLong();
		AtomicLong nacked = new AtomicLong();
		try (Connection publisherConnection = this.factory.newConnection("bench-amqp-publisher");
				Connection consumerConnection = this.factory.newConnection("bench-amqp-consumer")) {
			Channel publisher = publisherConnection.createChannel();
			publisher.exchangeDeclare(name, "direct", true);
			publisher.queueDeclare(name, true, false, false, null);
			publisher.queueBind(name, name, "bench");
			Channel consumer = consumerConnection.createChannel();
			DeliverCallback onMessage = (tag, delivery) -> {
				long intended = ByteBuffer.wrap(delivery.getBody()).getLong();
				Latencies.record(latency, System.nanoTime() - intended);
				received.incrementAndGet();
			};
			consumer.basicConsume(name, true, onMessage, tag -> {
			});
			publisher.confirmSelect();
			publisher.addConfirmListener((tag, multiple) -> {
			}, (tag, multiple) -> nacked.incrementAndGet());
			AMQP.BasicProperties persistent = MessageProperties.PERSISTENT_BASIC;
			long sent = OpenLoop.run(perSecond, duration, (i, intended) -> {
				try {
					publisher.basicPublish(name, "bench", persistent,
							ByteBuffer.allocate(256).putLong(intended).array());
				}
				catch (IOException ex) {
					nacked.incrementAndGet();
				}
			});
			publisher.waitForConfirms(DRAIN.toMillis());
			long deadline = System.nanoTime() + DRAIN.toNanos();
			while (received.get() < sent && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			publisher.queueDelete(name);
			publisher.exchangeDelete(name);
			return new Result(sent, received.get(), nacked.get(), Latencies.of(latency));
		}
	}

	public record Result(long published, long consumed, long nacked, Latencies latency) {
	}

}
