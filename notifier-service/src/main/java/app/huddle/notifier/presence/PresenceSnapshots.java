package app.huddle.notifier.presence;

import java.security.Principal;
import java.util.OptionalLong;

import app.huddle.notifier.Destinations;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Answers every accepted SUBSCRIBE to a team's presence with who is online now, once the
 * broker has registered the subscription, so no change falls between the two.
 */
@Component
public class PresenceSnapshots implements ExecutorChannelInterceptor {

	// Lazily: the STOMP configuration needs this interceptor before the channels the
	// relay
	// sends to exist.
	private final ObjectProvider<PresenceRelay> presence;

	PresenceSnapshots(ObjectProvider<PresenceRelay> presence) {
		this.presence = presence;
	}

	@Override
	public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
			@Nullable Exception ex) {
		if (ex != null || !(handler instanceof SimpleBrokerMessageHandler)) {
			return;
		}
		MessageHeaders headers = message.getHeaders();
		String destination = SimpMessageHeaderAccessor.getDestination(headers);
		String sessionId = SimpMessageHeaderAccessor.getSessionId(headers);
		String subscriptionId = SimpMessageHeaderAccessor.getSubscriptionId(headers);
		Principal user = SimpMessageHeaderAccessor.getUser(headers);
		if (SimpMessageHeaderAccessor.getMessageType(headers) != SimpMessageType.SUBSCRIBE || destination == null
				|| sessionId == null || subscriptionId == null || user == null) {
			return;
		}
		OptionalLong team = Destinations.presenceTeamOf(destination);
		Long userId = PresenceRelay.userIdOf(user.getName());
		if (team.isPresent() && userId != null) {
			presence.getObject().snapshot(team.getAsLong(), userId, sessionId, subscriptionId);
		}
	}

}
