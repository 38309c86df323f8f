package app.huddle.api.chat;

import java.util.List;
import java.util.Optional;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting and reading a team's chat. */
@Service
@RetryOnFailover
class ChatService {

	private final Messages messages;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	ChatService(Messages messages, Memberships memberships, TeamActivityLog activity) {
		this.messages = messages;
		this.memberships = memberships;
		this.activity = activity;
	}

	/**
	 * Posts a message; a clientId seen before from this author returns the first message
	 * instead.
	 */
	@Transactional
	Posted post(CurrentUser me, long teamId, String body, @Nullable String clientId) {
		memberships.require(teamId, me.id());
		activity.lock(teamId);
		if (clientId != null) {
			Optional<Message> earlier = messages.byClientId(teamId, me.id(), clientId);
			if (earlier.isPresent()) {
				return new Posted(earlier.get(), true);
			}
		}
		Message message = activity.append(teamId, Message.CREATED, seq -> {
			var createdAt = Envelope.now();
			long id = messages.insert(teamId, seq, me.id(), body, clientId, createdAt);
			return new Message(id, teamId, seq, me.ref(), body, clientId, createdAt);
		});
		return new Posted(message, false);
	}

	@Transactional(readOnly = true)
	List<Message> history(CurrentUser me, long teamId, @Nullable Long before, int limit) {
		memberships.require(teamId, me.id());
		return messages.page(teamId, before, limit);
	}

	record Posted(Message message, boolean replayed) {
	}

}
