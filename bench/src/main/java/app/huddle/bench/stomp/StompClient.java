package app.huddle.bench.stomp;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens STOMP sessions spread over a few selector threads; closing it closes them all.
 */
public final class StompClient implements AutoCloseable {

	private final SelectorLoop[] loops;

	private final AtomicInteger next = new AtomicInteger();

	public StompClient(int threads) {
		this.loops = new SelectorLoop[threads];
		for (int i = 0; i < threads; i++) {
			this.loops[i] = new SelectorLoop("stomp-selector-" + i);
		}
	}

	/**
	 * Starts connecting; the session's {@link StompSession#live()} completes once
	 * subscribed.
	 */
	public StompSession open(SessionSpec spec, MessageListener listener) {
		StompSession session = new StompSession(spec, listener);
		loop().open(session);
		return session;
	}

	private SelectorLoop loop() {
		return this.loops[Math.floorMod(this.next.getAndIncrement(), this.loops.length)];
	}

	@Override
	public void close() throws InterruptedException {
		for (SelectorLoop loop : this.loops) {
			loop.stop();
		}
	}

}
