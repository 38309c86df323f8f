package app.huddle.notifier.relay;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands every envelope from this instance's queue, byte for byte, to the local STOMP
 * broker, except {@code session.ended}, which it acts on instead. The listener
 * acknowledges only when this method returns, that is after the broker took the message;
 * an exception rejects it with requeue, so it comes again.
 */
@Component
class EnvelopeRelay {

	/** The listener's id, by which {@link OutboxTail} knows its container's events. */
	static final String ID = "envelope-relay";

	private static final Logger log = LoggerFactory.getLogger(EnvelopeRelay.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SimpMessagingTemplate stomp;

	private final RecentEnvelopeIds recent;

	private final ApplicationEventPublisher events;

	EnvelopeRelay(SimpMessagingTemplate stomp, RecentEnvelopeIds recent, ApplicationEventPublisher events) {
		this.stomp = stomp;
		this.recent = recent;
		this.events = events;
	}

	@RabbitListener(id = ID, queues = "#{@relayQueue.name}")
	void relay(Message message) {
		String routingKey = message.getMessageProperties().getReceivedRoutingKey();
		Audience audience = Audience.of(routingKey);
		JsonNode envelope = parse(message.getBody());
		if (audience == null || envelope == null) {
			log.warn("Dropping a message that is not an envelope (routing key {})", routingKey);
			return;
		}
		relay(audience, envelope, message.getBody());
	}

	/**
	 * Relays one envelope unless one with its id went out already. Both the queue's
	 * listener and {@link OutboxTail} call it, so it holds the lock from the check to the
	 * remembering.
	 * @return false if it was a second copy
	 */
	synchronized boolean relay(Audience audience, JsonNode envelope, byte[] body) {
		String id = text(envelope.get("id"));
		if (id != null && recent.contains(id)) {
			log.debug("Dropping second copy of envelope {}", id);
			return false;
		}
		if (!audience.team() && EnvelopeTypes.SESSION_ENDED.equals(audience.type())) {
			JsonNode session = envelope.at(EnvelopeTypes.SESSION_ENDED_SESSION_ID);
			if (session.isString()) {
				events.publishEvent(new SessionEnded(session.asString()));
			}
		}
		else {
			stomp.send(audience.destination(), stompMessage(body));
			if (audience.team() && EnvelopeTypes.MEMBER_LEFT.equals(audience.type())) {
				JsonNode user = envelope.at(EnvelopeTypes.MEMBER_LEFT_USER_ID);
				if (user.isIntegralNumber() && user.canConvertToLong()) {
					events.publishEvent(new MemberLeft(audience.id(), user.asLong()));
				}
			}
		}
		if (id != null) {
			recent.remember(id);
		}
		return true;
	}

	private static org.springframework.messaging.Message<byte[]> stompMessage(byte[] body) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		headers.setLeaveMutable(true);
		return MessageBuilder.createMessage(body, headers.getMessageHeaders());
	}

	static @Nullable JsonNode parse(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node != null && node.isString() ? node.asString() : null;
	}

}
