package app.huddle.notifier.presence;

import java.util.List;

import app.huddle.notifier.access.LocalSessions;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;

/**
 * Hands presence frames to this instance's subscribers of a destination, as the in-memory
 * broker would, but able to leave out one user (a typist does not hear herself) or to
 * answer one new subscription alone (its snapshot).
 */
@Component
class LocalDelivery {

	private final ObjectProvider<SimpleBrokerMessageHandler> broker;

	private final MessageChannel clientOutbound;

	private final LocalSessions sessions;

	LocalDelivery(ObjectProvider<SimpleBrokerMessageHandler> broker,
			@Qualifier("clientOutboundChannel") MessageChannel clientOutbound, LocalSessions sessions) {
		this.broker = broker;
		this.clientOutbound = clientOutbound;
		this.sessions = sessions;
	}

	/** To every local subscriber of the destination except the sessions of one user. */
	void toSubscribers(String destination, byte[] body, @Nullable Long exceptUser) {
		MultiValueMap<String, String> subscriptions = broker.getObject()
			.getSubscriptionRegistry()
			.findSubscriptions(message(destination, body, null, null));
		subscriptions.forEach((sessionId, ids) -> {
			Long user = sessions.userOf(sessionId);
			if (user != null && !user.equals(exceptUser)) {
				send(destination, body, sessionId, ids);
			}
		});
	}

	/** To one subscription only. */
	void toSubscription(String destination, byte[] body, String sessionId, String subscriptionId) {
		send(destination, body, sessionId, List.of(subscriptionId));
	}

	private void send(String destination, byte[] body, String sessionId, List<String> subscriptionIds) {
		subscriptionIds.forEach(id -> clientOutbound.send(message(destination, body, sessionId, id)));
	}

	private static Message<byte[]> message(String destination, byte[] body, @Nullable String sessionId,
			@Nullable String subscriptionId) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setDestination(destination);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		if (sessionId != null) {
			headers.setSessionId(sessionId);
			headers.setSubscriptionId(subscriptionId);
		}
		headers.setLeaveMutable(true);
		return MessageBuilder.createMessage(body, headers.getMessageHeaders());
	}

}
