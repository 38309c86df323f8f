package app.huddle.notifier.presence;

import java.util.Map;
import java.util.Set;

/** What the notifier instances tell each other on the presence exchange. */
final class Signals {

	private Signals() {
	}

	/** A member started or stopped typing; routing key {@code team.<id>.typing}. */
	record Typing(String instance, long teamId, long userId, boolean typing) {
	}

	/**
	 * A user's first session on {@code instance} subscribed to the team, or its last one
	 * went; routing key {@code team.<id>.presence}.
	 */
	record Change(String instance, long teamId, long userId, boolean online) {
	}

	/**
	 * Everyone {@code instance} holds, team by team; valid for {@code ttlMs}. An empty
	 * map with ttl 0 is an instance saying goodbye. {@code ask} asks the others to answer
	 * with theirs (an instance that just started). Routing key
	 * {@code instance.<id>.heartbeat}.
	 */
	record Heartbeat(String instance, long ttlMs, Map<Long, Set<Long>> teams, boolean ask) {
	}

}
