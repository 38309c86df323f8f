package app.huddle.bench.chaos;

import org.jspecify.annotations.Nullable;

/**
 * One fault's figures. Times in milliseconds; {@code disruption} is the figure the
 * fault's target bounds ({@link Fault#disruption()}).
 */
record Row(String fault, long lost, long duplicates, long outOfOrder, long disruption, @Nullable Long target,
		long userErrors, long backAfter, long writeGap, long readGap, long maxDelay, long extraDelay, long reconnect,
		long socketsLost, boolean settled) {

	boolean correct() {
		return this.lost == 0 && this.duplicates == 0 && this.outOfOrder == 0 && this.userErrors == 0 && this.settled;
	}

	boolean withinTarget() {
		return this.target == null || this.disruption <= this.target;
	}

}
