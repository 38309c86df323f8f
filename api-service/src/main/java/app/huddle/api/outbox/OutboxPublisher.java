package app.huddle.api.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import app.huddle.api.shared.OutboxEntry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one loop that drains the outbox. Rows this replica commits are handed to it in
 * memory and published at once, in batches; every poll interval it also sweeps rows older
 * than {@code sweep-after} that nobody published (a crashed replica's, or a failed batch
 * of the other replica). When a batch of its own fails (the broker is away) it catches
 * up: newer rows are no longer sent from memory but swept, oldest first and of any age,
 * until the backlog is gone, so a team's envelopes still go out in order. It starts out
 * catching up, for what an earlier run left behind. After a failure it backs off,
 * doubling up to a bound.
 */
@Component
class OutboxPublisher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

	private final OutboxRelay relay;

	private final OutboxSettings settings;

	private final BlockingQueue<OutboxEntry> committed;

	private volatile boolean running;

	private @Nullable Thread worker;

	OutboxPublisher(OutboxRelay relay, OutboxSettings settings) {
		this.relay = relay;
		this.settings = settings;
		this.committed = new ArrayBlockingQueue<>(settings.committedQueueCapacity());
	}

	/**
	 * Called after the writing transaction committed. When the queue is full the row
	 * waits for the sweep.
	 */
	@TransactionalEventListener
	void onCommitted(OutboxEntry entry) {
		if (running) {
			committed.offer(entry);
		}
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
		long nextSweep = System.nanoTime();
		boolean catchingUp = true;
		try {
			while (running) {
				List<OutboxEntry> batch = nextBatch(catchingUp ? 0 : Math.max(0, nextSweep - System.nanoTime()));
				boolean failed = false;
				if (!batch.isEmpty() && !catchingUp) {
					failed = publishCommitted(batch);
					catchingUp = failed;
				}
				if (catchingUp || System.nanoTime() - nextSweep >= 0) {
					Sweep sweep = sweep(catchingUp ? Duration.ZERO : settings.sweepAfter());
					failed |= sweep.failed();
					catchingUp = sweep.failed() || (catchingUp && sweep.full());
					nextSweep = System.nanoTime() + (sweep.full() ? 0 : settings.pollInterval().toNanos());
				}
				if (failed) {
					Thread.sleep(backoff);
					backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
				}
				else {
					backoff = FIRST_BACKOFF;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<OutboxEntry> nextBatch(long waitNanos) throws InterruptedException {
		OutboxEntry first = committed.poll(waitNanos, TimeUnit.NANOSECONDS);
		if (first == null) {
			return List.of();
		}
		List<OutboxEntry> batch = new ArrayList<>(settings.batchSize());
		batch.add(first);
		committed.drainTo(batch, settings.batchSize() - 1);
		return batch;
	}

	/** True when something failed; the rows left unpublished wait for the sweep. */
	private boolean publishCommitted(List<OutboxEntry> batch) {
		try {
			return relay.relayCommitted(batch).failed();
		}
		catch (RuntimeException ex) {
			log.warn("Publishing {} committed outbox rows failed; the sweep takes them: {}", batch.size(),
					ex.getMessage());
			return true;
		}
	}

	private Sweep sweep(Duration minAge) {
		boolean failed = false;
		boolean full = false;
		for (OutboxTable table : OutboxTable.values()) {
			try {
				OutboxRelay.Round round = relay.sweep(table, minAge);
				failed |= round.failed();
				full |= round.taken() == settings.batchSize();
			}
			catch (RuntimeException ex) {
				log.warn("Outbox sweep of {} failed: {}", table.table, ex.getMessage());
				failed = true;
			}
		}
		return new Sweep(failed, full);
	}

	private record Sweep(boolean failed, boolean full) {
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
