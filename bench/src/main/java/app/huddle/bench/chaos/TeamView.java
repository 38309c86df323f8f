package app.huddle.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one subscriber shows of one team, kept by docs/realtime.md's catch-up rules: apply
 * {@code last + 1}, drop {@code seq <= last}, buffer a gap and catch up from the activity
 * log. It also counts how the live frames themselves arrived.
 */
final class TeamView {

	/** An envelope as shown, in the order shown. */
	record Shown(long seq, String id, long at) {
	}

	private final long teamId;

	private final TreeMap<Long, String> buffer = new TreeMap<>();

	private final List<Shown> shown = new ArrayList<>();

	private long last;

	private boolean catchingUp;

	private long liveFrames;

	private long liveRepeated;

	private long liveOutOfOrder;

	private long highestLive;

	TeamView(long teamId) {
		this.teamId = teamId;
	}

	long teamId() {
		return this.teamId;
	}

	/**
	 * A live frame. Returns true when it revealed a gap and the caller must catch up (the
	 * view is then marked as catching up, so one frame starts one catch-up).
	 */
	synchronized boolean onLive(long seq, String id, long at) {
		this.liveFrames++;
		if (seq <= this.highestLive) {
			if (this.shown.stream().anyMatch(s -> s.seq() == seq) || this.buffer.containsKey(seq)) {
				this.liveRepeated++;
			}
			else {
				this.liveOutOfOrder++;
			}
		}
		this.highestLive = Math.max(this.highestLive, seq);
		if (seq <= this.last) {
			return false;
		}
		this.buffer.put(seq, id);
		if (this.catchingUp) {
			return false;
		}
		drain(at);
		if (this.buffer.isEmpty()) {
			return false;
		}
		this.catchingUp = true;
		return true;
	}

	synchronized void beginCatchUp() {
		this.catchingUp = true;
	}

	synchronized boolean catchingUp() {
		return this.catchingUp;
	}

	synchronized long last() {
		return this.last;
	}

	/** A page of the activity log: seq to envelope id. */
	synchronized void onPage(Map<Long, String> page, long at) {
		page.forEach((seq, id) -> {
			if (seq > this.last) {
				this.buffer.put(seq, id);
			}
		});
		drain(at);
	}

	/**
	 * Ends a catch-up; false when frames beyond a gap are still buffered (they committed
	 * after the page was read), so the caller reads the log once more.
	 */
	synchronized boolean endCatchUp(long at) {
		drain(at);
		this.catchingUp = !this.buffer.isEmpty();
		return !this.catchingUp;
	}

	synchronized List<Shown> shown() {
		return List.copyOf(this.shown);
	}

	synchronized long liveFrames() {
		return this.liveFrames;
	}

	synchronized long liveRepeated() {
		return this.liveRepeated;
	}

	synchronized long liveOutOfOrder() {
		return this.liveOutOfOrder;
	}

	private void drain(long at) {
		while (!this.buffer.isEmpty() && this.buffer.firstKey() <= this.last) {
			this.buffer.pollFirstEntry();
		}
		while (!this.buffer.isEmpty() && this.buffer.firstKey() == this.last + 1) {
			var next = this.buffer.pollFirstEntry();
			this.shown.add(new Shown(next.getKey(), next.getValue(), at));
			this.last = next.getKey();
		}
	}

}
