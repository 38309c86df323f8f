package app.huddle.api.outbox;

import java.time.Duration;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The loop that drains the outbox: relays rounds while there is work, then sleeps until a
 * commit wakes it or the poll interval passes. After a failure it backs off, doubling up
 * to a bound.
 */
@Component
class OutboxPublisher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

	private final OutboxRelay relay;

	private final DataSource dataSource;

	private final OutboxSettings settings;

	private volatile boolean running;

	private @Nullable Thread worker;

	OutboxPublisher(OutboxRelay relay, DataSource dataSource, OutboxSettings settings) {
		this.relay = relay;
		this.dataSource = dataSource;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (!settings.enabled()) {
			log.info("Outbox publisher disabled by huddle.api.outbox.enabled=false");
			return;
		}
		running = true;
		worker = Thread.ofVirtual().name("outbox-publisher").start(this::run);
	}

	private void run() {
		Duration backoff = FIRST_BACKOFF;
		try (OutboxWakeup wakeup = new OutboxWakeup(dataSource)) {
			while (running) {
				boolean failed = false;
				boolean full = false;
				for (OutboxTable table : OutboxTable.values()) {
					try {
						OutboxRelay.Round round = relay.relay(table);
						failed |= round.failed();
						full |= round.claimed() == settings.batchSize();
					}
					catch (RuntimeException ex) {
						log.warn("Outbox round on {} failed: {}", table.table, ex.getMessage());
						failed = true;
					}
				}
				if (failed) {
					Thread.sleep(backoff);
					backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
				}
				else {
					backoff = FIRST_BACKOFF;
					if (!full) {
						wakeup.await(settings.pollInterval());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
