package app.huddle.notifier.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The STOMP sessions open on this instance: whose they are, by which token, and their
 * team subscriptions; and how many each user holds.
 */
@Component
public class LocalSessions {

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final Map<Long, Integer> perUser = new ConcurrentHashMap<>();

	/**
	 * Records a CONNECT, unless the user already holds {@code perUserLimit} sessions
	 * here; false then.
	 */
	boolean connected(String sessionId, long userId, String token, int perUserLimit) {
		boolean[] admitted = { false };
		perUser.compute(userId, (user, count) -> {
			int held = count == null ? 0 : count;
			if (held >= perUserLimit) {
				return count;
			}
			admitted[0] = true;
			return held + 1;
		});
		if (!admitted[0]) {
			return false;
		}
		Session previous = sessions.put(sessionId,
				new Session(sessionId, userId, token, new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet()));
		if (previous != null) {
			release(previous.userId());
		}
		return true;
	}

	/** Whether the socket of that id completed a STOMP CONNECT (and is still open). */
	public boolean isConnected(String sessionId) {
		return sessions.containsKey(sessionId);
	}

	@Nullable Session get(String sessionId) {
		return sessions.get(sessionId);
	}

	void subscribed(String sessionId, String subscriptionId, @Nullable Long teamId) {
		Session session = sessions.get(sessionId);
		if (session != null) {
			session.subscriptions().add(subscriptionId);
			if (teamId != null) {
				session.teamSubscriptions().put(subscriptionId, teamId);
			}
		}
	}

	void unsubscribed(String sessionId, String subscriptionId) {
		Session session = sessions.get(sessionId);
		if (session != null) {
			session.subscriptions().remove(subscriptionId);
			session.teamSubscriptions().remove(subscriptionId);
		}
	}

	void disconnected(String sessionId) {
		Session session = sessions.remove(sessionId);
		if (session != null) {
			release(session.userId());
		}
	}

	private void release(long userId) {
		perUser.computeIfPresent(userId, (user, count) -> count <= 1 ? null : count - 1);
	}

	Collection<Session> all() {
		return sessions.values();
	}

	/**
	 * One open session; {@code teamSubscriptions} maps subscription id to team id,
	 * {@code subscriptions} holds every subscription id (teams and notifications).
	 */
	record Session(String id, long userId, String token, Map<String, Long> teamSubscriptions,
			Set<String> subscriptions) {
	}

}
