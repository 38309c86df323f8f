package app.huddle.api.chat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.membership.Role;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.HuddleException;
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

	private final Reactions reactions;

	private final MentionNotices mentions;

	ChatService(Messages messages, Memberships memberships, TeamActivityLog activity, Reactions reactions,
			MentionNotices mentions) {
		this.messages = messages;
		this.memberships = memberships;
		this.activity = activity;
		this.reactions = reactions;
		this.mentions = mentions;
	}

	/**
	 * Posts a message; a clientId seen before from this author returns the first message
	 * instead, and this attempt rolls back (its seq included).
	 */
	@Transactional
	Posted post(CurrentUser me, long teamId, String body, @Nullable String clientId) {
		Instant createdAt = Envelope.now();
		Messages.Insertion inserted = messages.insertWithNextSeq(teamId, me.id(), body, clientId, createdAt)
			.orElseThrow(() -> Memberships.teamNotFound(teamId));
		Long id = inserted.id();
		if (id == null) {
			TransactionInterceptor.currentTransactionStatus().setRollbackOnly();
			return new Posted(messages.byClientId(teamId, me.id(), Objects.requireNonNull(clientId)).orElseThrow(),
					true);
		}
		Message message = new Message(id, teamId, inserted.seq(), me.ref(), body, clientId, createdAt, null, false,
				List.of());
		activity.record(teamId, inserted.seq(), new MessagePosted(message));
		mentions.notifyNew(message);
		return new Posted(message, false);
	}

	/**
	 * Changes the text of one's own message. A deleted message is gone: 404, as one that
	 * never existed.
	 */
	@Transactional
	Message edit(CurrentUser me, long teamId, long messageId, String body) {
		long seq = activity.nextSeqFor(teamId, me.id());
		Message message = existing(teamId, messageId);
		if (message.author().id() != me.id()) {
			throw HuddleException.forbidden("Only its author may edit message " + messageId + ".");
		}
		Instant at = Envelope.now();
		messages.edit(messageId, body, at);
		Message edited = message.edited(body, at);
		activity.record(teamId, seq, new MessageEdited(edited));
		mentions.notifyNew(edited);
		return edited;
	}

	/**
	 * Deletes a message, leaving a placeholder without its text; its author or an owner
	 * of the team may.
	 */
	@Transactional
	void delete(CurrentUser me, long teamId, long messageId) {
		long seq = activity.nextSeqFor(teamId, me.id());
		Message message = existing(teamId, messageId);
		if (message.author().id() != me.id() && memberships.require(teamId, me.id()) != Role.OWNER) {
			throw HuddleException
				.forbidden("Only its author or an owner of the team may delete message " + messageId + ".");
		}
		messages.delete(messageId);
		reactions.removeAll(messageId);
		MessageDeleted deleted = new MessageDeleted(message.wiped());
		mentions.redact(deleted.message());
		// The text goes from the activity log too: catch-up replays the placeholder.
		activity.redact(teamId, message.seq(), EnumSet.of(EventType.MESSAGE_POSTED, EventType.MESSAGE_EDITED),
				messageId, deleted);
		activity.record(teamId, seq, deleted);
	}

	// Read after nextSeqFor, which locks the team's sequence, so two changes to one
	// message
	// see each other.
	private Message existing(long teamId, long messageId) {
		return messages.existing(teamId, messageId);
	}

	@Transactional(readOnly = true)
	List<Message> history(CurrentUser me, long teamId, @Nullable Long before, int limit) {
		memberships.require(teamId, me.id());
		return messages.page(teamId, before, limit);
	}

	record Posted(Message message, boolean replayed) {
	}

}
