package app.huddle.notifier.presence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relays at most one "typing" per user and team per interval, and a "stopped" only after
 * a "typing": a client that floods costs the cluster two signals a second at most. Holds
 * an entry only for people who typed lately.
 */
final class TypingThrottle {

	private final long intervalNanos;

	private final Map<Key, Last> last = new ConcurrentHashMap<>();

	TypingThrottle(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	boolean admit(long teamId, long userId, boolean typing, long now) {
		boolean[] admitted = { false };
		last.compute(new Key(teamId, userId), (key, before) -> {
			boolean pass = typing ? before == null || now - before.typingAt() >= intervalNanos
					: before != null && before.typing();
			admitted[0] = pass;
			if (!pass) {
				return before;
			}
			return typing ? new Last(now, true) : new Last(before.typingAt(), false);
		});
		return admitted[0];
	}

	void forgetOlderThan(long time) {
		last.values().removeIf(entry -> entry.typingAt() - time < 0);
	}

	private record Key(long teamId, long userId) {
	}

	private record Last(long typingAt, boolean typing) {
	}

}
