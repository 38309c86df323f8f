package app.huddle.notifier.access;

import app.huddle.notifier.relay.MemberLeft;
import app.huddle.notifier.relay.SessionEnded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Ends sessions whose token died or that were logged out, and drops subscriptions to
 * teams their user left.
 */
@Component
class SessionControl {

	private static final Logger log = LoggerFactory.getLogger(SessionControl.class);

	private final LocalSessions sessions;

	private final MessageChannel clientOutbound;

	private final MessageChannel broker;

	SessionControl(LocalSessions sessions, @Qualifier("clientOutboundChannel") MessageChannel clientOutbound,
			@Qualifier("brokerChannel") MessageChannel broker) {
		this.sessions = sessions;
		this.clientOutbound = clientOutbound;
		this.broker = broker;
	}

	/** Sends the client an ERROR frame; the STOMP handler closes the socket after it. */
	void end(String sessionId, String reason) {
		log.debug("Ending STOMP session {}: {}", sessionId, reason);
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setMessage(reason);
		error.setSessionId(sessionId);
		error.setLeaveMutable(true);
		sessions.disconnected(sessionId);
		clientOutbound.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
	}

	/** Removes one subscription from the local broker, so nothing more reaches it. */
	void drop(String sessionId, String subscriptionId) {
		SimpMessageHeaderAccessor unsubscribe = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
		unsubscribe.setSessionId(sessionId);
		unsubscribe.setSubscriptionId(subscriptionId);
		unsubscribe.setLeaveMutable(true);
		broker.send(MessageBuilder.createMessage(new byte[0], unsubscribe.getMessageHeaders()));
		sessions.unsubscribed(sessionId, subscriptionId);
	}

	@EventListener
	void on(MemberLeft left) {
		for (LocalSessions.Session session : sessions.all()) {
			if (session.userId() == left.userId()) {
				session.teamSubscriptions().forEach((subscription, team) -> {
					if (team == left.teamId()) {
						drop(session.id(), subscription);
					}
				});
			}
		}
	}

	/**
	 * A {@code session.ended} envelope: every socket of that session on this instance
	 * gets an ERROR frame and closes now; other sessions of the same user stay.
	 */
	@EventListener
	void on(SessionEnded ended) {
		for (LocalSessions.Session session : sessions.all()) {
			if (SessionTokens.sessionIdOf(session.token()).equals(ended.sessionId())) {
				end(session.id(), "Your session ended (logged out); log in again.");
			}
		}
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(SessionDisconnectEvent disconnected) {
		sessions.disconnected(disconnected.getSessionId());
	}

}
