package app.huddle.bench.chaos;

/** Milliseconds since the run started, on one monotonic clock shared by every client. */
final class RunClock {

	private final long start = System.nanoTime();

	long now() {
		return (System.nanoTime() - this.start) / 1_000_000;
	}

}
