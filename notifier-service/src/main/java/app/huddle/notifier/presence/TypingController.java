package app.huddle.notifier.presence;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code SEND /app/teams.<teamId>.typing} with {@code {"typing": true|false}}. The access
 * interceptor has already checked that this session follows the team; a body that is not
 * that is ignored.
 */
@Controller
class TypingController {

	private static final Logger log = LoggerFactory.getLogger(TypingController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PresenceRelay presence;

	TypingController(PresenceRelay presence) {
		this.presence = presence;
	}

	@MessageMapping("teams.{teamId}.typing")
	void typing(@DestinationVariable long teamId, Message<byte[]> message, Principal user) {
		Long userId = PresenceRelay.userIdOf(user.getName());
		JsonNode typing = parse(message.getPayload());
		if (userId == null || typing == null || !typing.isBoolean()) {
			log.debug("Ignoring a typing signal without a boolean 'typing' in team {}", teamId);
			return;
		}
		presence.typed(teamId, userId, typing.asBoolean());
	}

	private static @org.jspecify.annotations.Nullable JsonNode parse(byte[] body) {
		if (body.length > 256) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(body);
			return node != null && node.isObject() ? node.get("typing") : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
