package app.huddle.bench.chaos;

/**
 * One injected fault on the run's clock: injected at {@code at}, its process back at
 * {@code backAt}, and the stack settled again (every socket caught up, posts flowing) at
 * {@code endAt}, or not within the bound ({@code settled} false).
 */
record FaultRun(Fault fault, long at, long backAt, long endAt, boolean settled) {

	boolean covers(long time) {
		return time >= this.at && time < this.endAt;
	}

}
