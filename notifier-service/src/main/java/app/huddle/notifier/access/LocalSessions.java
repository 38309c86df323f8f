package app.huddle.notifier.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

	/** The user of an open session, or null. */
	public @Nullable Long userOf(String sessionId) {
		Session session = sessions.get(sessionId);
		return session == null ? null : session.userId();
	}

	/** Whether that session holds a subscription to the team or its presence. */
	boolean subscribedToTeam(String sessionId, long teamId) {
		Session session = sessions.get(sessionId);
		return session != null && session.teamSubscriptions().containsValue(teamId);
	}

	/**
	 * Who is online here: for every team, the users holding at least one session
	 * subscribed to it (its topic or its presence). One pass over the open sessions.
	 */
	public Map<Long, Set<Long>> usersByTeam() {
		Map<Long, Set<Long>> online = new HashMap<>();
		for (Session session : sessions.values()) {
			for (Long team : session.teamSubscriptions().values()) {
				online.computeIfAbsent(team, key -> new HashSet<>()).add(session.userId());
			}
		}
		return online;
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
