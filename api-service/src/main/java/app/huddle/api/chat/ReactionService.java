package app.huddle.api.chat;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' emoji reactions to messages. Adding one twice or removing one that is not
 * there changes nothing and records no activity.
 */
@Service
@RetryOnFailover
class ReactionService {

	private final Messages messages;

	private final Reactions reactions;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	ReactionService(Messages messages, Reactions reactions, Memberships memberships, TeamActivityLog activity) {
		this.messages = messages;
		this.reactions = reactions;
		this.memberships = memberships;
		this.activity = activity;
	}

	/** The message with its reactions after this one. */
	@Transactional
	Message react(CurrentUser me, long teamId, long messageId, String emoji) {
		Message message = lockedMessage(me, teamId, messageId);
		if (!reactions.add(messageId, me.id(), emoji, Envelope.now())) {
			return message;
		}
		Message now = messages.existing(teamId, messageId);
		activity.append(teamId, seq -> new ReactionAdded(messageId, emoji, me.ref(), now.reactions()));
		return now;
	}

	/** The message with its reactions after taking this one back. */
	@Transactional
	Message unreact(CurrentUser me, long teamId, long messageId, String emoji) {
		Message message = lockedMessage(me, teamId, messageId);
		if (!reactions.remove(messageId, me.id(), emoji)) {
			return message;
		}
		Message now = messages.existing(teamId, messageId);
		activity.append(teamId, seq -> new ReactionRemoved(messageId, emoji, me.ref(), now.reactions()));
		return now;
	}

	// The team's sequence lock orders a reaction with the message's deletion and with
	// other reactions, so each envelope's reactions are the state at its seq.
	private Message lockedMessage(CurrentUser me, long teamId, long messageId) {
		memberships.require(teamId, me.id());
		activity.lock(teamId);
		return messages.existing(teamId, messageId);
	}

}
