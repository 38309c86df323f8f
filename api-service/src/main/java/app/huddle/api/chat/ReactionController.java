package app.huddle.api.chat;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's emoji reactions to a team's messages. Both calls are idempotent and answer
 * 200 with the message and all its reactions.
 */
@RestController
class ReactionController {

	private static final String PATH = "/api/teams/{teamId}/messages/{messageId}/reactions/{emoji}";

	private final ReactionService reactions;

	private final WriteLimits limits;

	ReactionController(ReactionService reactions, WriteLimits limits) {
		this.reactions = reactions;
		this.limits = limits;
	}

	/** Reacts with the emoji (one emoji, URL-encoded in the path). */
	@PutMapping(PATH)
	Message react(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long messageId,
			@PathVariable String emoji) {
		String checked = ReactionEmoji.of(emoji);
		limits.take(me.id(), Write.MESSAGE);
		return reactions.react(me, teamId, messageId, checked);
	}

	/** Takes one's reaction with the emoji back. */
	@DeleteMapping(PATH)
	Message unreact(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId, @PathVariable long messageId,
			@PathVariable String emoji) {
		String checked = ReactionEmoji.of(emoji);
		limits.take(me.id(), Write.MESSAGE);
		return reactions.unreact(me, teamId, messageId, checked);
	}

}
