package app.huddle.notifier.presence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.huddle.notifier.access.LocalSessions;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.OrderedMessageChannelDecorator;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Hands presence frames to this instance's subscribers of a destination, as the in-memory
 * broker would, but able to leave out one user (a typist does not hear herself) or to
 * answer one new subscription alone (its snapshot). Each session gets its frames in the
 * order they were sent here, as the broker's own are ({@code preservePublishOrder}): the
 * outbound channel's pool would otherwise let an older presence list overtake a newer one
 * and stay on screen.
 */
@Component
class LocalDelivery {

	private final ObjectProvider<SimpleBrokerMessageHandler> broker;

	private final MessageChannel clientOutbound;

	private final LocalSessions sessions;

	private final Map<String, MessageChannel> orderedPerSession = new ConcurrentHashMap<>();

	private static final Log log = LogFactory.getLog(LocalDelivery.class);

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
		if (!sessions.isConnected(sessionId)) {
			return;
		}
		MessageChannel ordered = orderedPerSession.computeIfAbsent(sessionId,
				id -> new OrderedMessageChannelDecorator(clientOutbound, log));
		subscriptionIds.forEach(id -> ordered.send(message(destination, body, sessionId, id)));
		if (!sessions.isConnected(sessionId)) {
			orderedPerSession.remove(sessionId);
		}
	}

	/**
	 * After LocalSessions has forgotten the session, so no send recreates its channel.
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(SessionDisconnectEvent disconnected) {
		orderedPerSession.remove(disconnected.getSessionId());
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
