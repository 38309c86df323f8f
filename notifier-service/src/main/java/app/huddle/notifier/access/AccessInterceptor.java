package app.huddle.notifier.access;

import java.util.Map;
import java.util.OptionalLong;

import app.huddle.notifier.Destinations;
import app.huddle.notifier.NotifierSettings;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Guards the inbound STOMP frames: CONNECT needs a live token (bearer header or handshake
 * cookie), SUBSCRIBE is allowed to one's own notifications and to the topic and presence
 * of teams one belongs to, SEND only to the typing destination of a team this session is
 * subscribed to (changes go through the REST API), and no other client frame but
 * DISCONNECT and UNSUBSCRIBE. A refusal becomes an ERROR frame and the socket closes.
 */
@Component
public class AccessInterceptor implements ChannelInterceptor {

	private static final String BEARER = "Bearer ";

	private final SessionTokens tokens;

	private final TeamMemberships memberships;

	private final LocalSessions sessions;

	private final int subscriptionsPerConnection;

	private final int sessionsPerUser;

	AccessInterceptor(SessionTokens tokens, TeamMemberships memberships, LocalSessions sessions,
			NotifierSettings settings) {
		this.tokens = tokens;
		this.memberships = memberships;
		this.sessions = sessions;
		this.subscriptionsPerConnection = settings.transport().subscriptionsPerConnection();
		this.sessionsPerUser = settings.transport().maxSessionsPerUser();
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null || stomp.getSessionId() == null) {
			return message;
		}
		String sessionId = stomp.getSessionId();
		switch (stomp.getCommand()) {
			case CONNECT, STOMP -> connect(stomp, sessionId);
			case SUBSCRIBE -> subscribe(stomp, sessionId);
			case UNSUBSCRIBE -> {
				if (stomp.getSubscriptionId() != null) {
					sessions.unsubscribed(sessionId, stomp.getSubscriptionId());
				}
			}
			case SEND -> send(stomp, sessionId);
			case DISCONNECT -> {
			}
			// Acknowledgements and transactions are not used, and the rest are server
			// frames:
			// silently dropping them would leave a confused client waiting.
			default -> throw new AccessRefused(stomp.getCommand()
					+ " is not accepted; clients send CONNECT, SUBSCRIBE, UNSUBSCRIBE and DISCONNECT only.");
		}
		return message;
	}

	private void connect(StompHeaderAccessor stomp, String sessionId) {
		String token = token(stomp);
		if (token == null) {
			throw new AccessRefused(
					"Sign in first: send 'Authorization: Bearer <token>' in CONNECT or the HUDDLE_SESSION cookie.");
		}
		long userId = tokens.userFor(token)
			.orElseThrow(() -> new AccessRefused("The token is unknown or expired; log in again."));
		if (!sessions.connected(sessionId, userId, token, sessionsPerUser)) {
			throw new AccessRefused("At most " + sessionsPerUser
					+ " connections per user on one server; close one of your other tabs or devices first.");
		}
		stomp.setUser(new StompUser(userId));
	}

	private void subscribe(StompHeaderAccessor stomp, String sessionId) {
		LocalSessions.Session session = sessions.get(sessionId);
		String destination = stomp.getDestination();
		if (session == null || destination == null) {
			throw new AccessRefused("Connect before subscribing.");
		}
		String subscriptionId = stomp.getSubscriptionId();
		if (subscriptionId == null) {
			throw new AccessRefused("SUBSCRIBE needs an id header.");
		}
		if (session.subscriptions().size() >= subscriptionsPerConnection
				&& !session.subscriptions().contains(subscriptionId)) {
			throw new AccessRefused("At most " + subscriptionsPerConnection
					+ " subscriptions per connection; unsubscribe from one first.");
		}
		if (destination.equals(Destinations.MY_NOTIFICATIONS)) {
			sessions.subscribed(sessionId, subscriptionId, null);
			return;
		}
		OptionalLong team = Destinations.teamOf(destination);
		if (team.isEmpty()) {
			team = Destinations.presenceTeamOf(destination);
		}
		if (team.isEmpty()) {
			throw new AccessRefused("Unknown destination " + destination + "; subscribe to " + Destinations.TEAM_PREFIX
					+ "<teamId>, " + Destinations.TEAM_PREFIX + "<teamId>" + Destinations.PRESENCE_SUFFIX + " or "
					+ Destinations.MY_NOTIFICATIONS + ".");
		}
		if (!memberships.isMember(team.getAsLong(), session.userId())) {
			throw new AccessRefused("You are not a member of team " + team.getAsLong() + ".");
		}
		sessions.subscribed(sessionId, subscriptionId, team.getAsLong());
	}

	/**
	 * Typing signals only, and only to a team this session is subscribed to: that
	 * subscription's membership was checked and is re-checked every few seconds, so a
	 * signal costs no query.
	 */
	private void send(StompHeaderAccessor stomp, String sessionId) {
		String destination = stomp.getDestination();
		OptionalLong team = destination == null ? OptionalLong.empty() : Destinations.typingTeamOf(destination);
		if (team.isEmpty()) {
			throw new AccessRefused("Clients send only typing signals (to " + Destinations.TYPING_PREFIX + "<teamId>"
					+ Destinations.TYPING_SUFFIX + "); use the REST API for changes.");
		}
		if (!sessions.subscribedToTeam(sessionId, team.getAsLong())) {
			throw new AccessRefused(
					"Subscribe to team " + team.getAsLong() + " before signalling typing there; only its members may.");
		}
	}

	private static @Nullable String token(StompHeaderAccessor stomp) {
		String header = stomp.getFirstNativeHeader("Authorization");
		if (header == null) {
			header = stomp.getFirstNativeHeader("authorization");
		}
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return header.substring(BEARER.length()).strip();
		}
		Map<String, Object> attributes = stomp.getSessionAttributes();
		return attributes != null && attributes.get(HandshakeCookies.ATTRIBUTE) instanceof String cookie ? cookie
				: null;
	}

}
