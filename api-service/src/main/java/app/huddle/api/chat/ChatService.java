package app.huddle.api.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

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
	 * instead, and this attempt rolls back (its seq included).
	 */
	@Transactional
	Posted post(CurrentUser me, long teamId, String body, @Nullable String clientId) {
		long seq = activity.nextSeqFor(teamId, me.id());
		Instant createdAt = Envelope.now();
		Optional<Long> id = messages.insert(teamId, seq, me.id(), body, clientId, createdAt);
		if (id.isEmpty()) {
			TransactionInterceptor.currentTransactionStatus().setRollbackOnly();
			return new Posted(messages.byClientId(teamId, me.id(), Objects.requireNonNull(clientId)).orElseThrow(),
					true);
		}
		Message message = new Message(id.get(), teamId, seq, me.ref(), body, clientId, createdAt);
		activity.record(teamId, seq, new MessagePosted(message));
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
