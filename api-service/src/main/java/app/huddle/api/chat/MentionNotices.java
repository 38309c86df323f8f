package app.huddle.api.chat;

import java.util.EnumSet;
import java.util.List;

import app.huddle.api.notification.Inbox;
import app.huddle.api.shared.EventType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells members they were mentioned, in the transaction of the post or edit that
 * mentioned them: one {@code chat.mention} in the inbox (and live) per message and
 * member.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MentionNotices {

	private final Mentions mentions;

	private final Inbox inbox;

	MentionNotices(Mentions mentions, Inbox inbox) {
		this.mentions = mentions;
		this.inbox = inbox;
	}

	/** Notifies the members the message mentions and were not yet told of it. */
	void notifyNew(Message message) {
		if (message.body() == null) {
			return;
		}
		List<Long> mentioned = mentions.recordNew(message.teamId(), message.id(), message.author().id(),
				Mentions.names(message.body()), message.editedAt() != null ? message.editedAt() : message.createdAt());
		if (mentioned.isEmpty()) {
			return;
		}
		MessageMentioned notice = new MessageMentioned(
				new MessageMentioned.TeamRef(message.teamId(), mentions.teamName(message.teamId())), message);
		mentioned.forEach(userId -> inbox.deliver(userId, message.teamId(), notice));
	}

	/** A deleted message's text goes from the inboxes of those it mentioned too. */
	void redact(Message placeholder) {
		List<Long> notified = mentions.notified(placeholder.id());
		if (notified.isEmpty()) {
			return;
		}
		MessageMentioned wiped = new MessageMentioned(
				new MessageMentioned.TeamRef(placeholder.teamId(), mentions.teamName(placeholder.teamId())),
				placeholder);
		inbox.redact(notified, EnumSet.of(EventType.MESSAGE_MENTIONED), List.of("message", "id"), placeholder.id(),
				wiped);
	}

}
