package app.huddle.bench.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces actions at a fixed rate without waiting for them: action {@code i} is due at
 * {@code start + i / rate}. A late pacer fires at once but still hands over the intended
 * time, so latency measured from it includes the wait (coordinated omission corrected).
 */
public final class OpenLoop {

	/**
	 * One paced action, told its index and intended start ({@link System#nanoTime()}).
	 */
	@FunctionalInterface
	public interface Action {

		void fire(long index, long intendedNanos);

	}

	private OpenLoop() {
	}

	/** Runs in the calling thread; returns the number of actions fired. */
	public static long run(double perSecond, Duration duration, Action action) {
		long count = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
		double interval = 1e9 / perSecond;
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			long intended = start + (long) (i * interval);
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			action.fire(i, intended);
		}
		return count;
	}

}
