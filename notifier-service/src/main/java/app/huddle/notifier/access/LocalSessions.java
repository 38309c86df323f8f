package app.huddle.notifier.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The STOMP sessions open on this instance: whose they are, by which token, and their
 * team subscriptions.
 */
@Component
class LocalSessions {

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	void connected(String sessionId, long userId, String token) {
		sessions.put(sessionId,
				new Session(sessionId, userId, token, new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet()));
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
		sessions.remove(sessionId);
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
