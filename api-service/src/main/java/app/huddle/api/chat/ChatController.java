package app.huddle.api.chat;

import java.util.List;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.PlainText;
import app.huddle.api.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's chat messages. */
@RestController
class ChatController {

	private final ChatService chat;

	private final WriteLimits limits;

	ChatController(ChatService chat, WriteLimits limits) {
		this.chat = chat;
		this.limits = limits;
	}

	/**
	 * Always 201 with the message, also when a retried clientId returns the first copy
	 * (marked by a header).
	 */
	@PostMapping("/api/teams/{teamId}/messages")
	ResponseEntity<Message> post(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Valid @RequestBody Post body) {
		limits.take(me.id(), Write.MESSAGE);
		ChatService.Posted posted = chat.post(me, teamId, body.body(), body.clientId());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(posted.replayed()))
			.body(posted.message());
	}

	/** Only the author may edit; the body follows the rules of posting. */
	@PatchMapping("/api/teams/{teamId}/messages/{messageId}")
	Message editMessage(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@PathVariable long messageId, @Valid @RequestBody Edit body) {
		limits.take(me.id(), Write.MESSAGE);
		return chat.edit(me, teamId, messageId, body.body());
	}

	/**
	 * The author or an owner of the team may delete; a placeholder stays in the history.
	 */
	@DeleteMapping("/api/teams/{teamId}/messages/{messageId}")
	ResponseEntity<Void> deleteMessage(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@PathVariable long messageId) {
		limits.take(me.id(), Write.MESSAGE);
		chat.delete(me, teamId, messageId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/teams/{teamId}/messages")
	List<Message> history(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@RequestParam(required = false) @Nullable @Min(1) Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
		return chat.history(me, teamId, before, limit);
	}

	record Post(@NotBlank @Size(max = 4000) @PlainText(multiline = true) String body,
			@Nullable @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+",
					message = "may only hold letters, digits, '_', '.', ':' and '-'") String clientId) {

		Post {
			body = Text.of(body);
		}

	}

	record Edit(@NotBlank @Size(max = 4000) @PlainText(multiline = true) String body) {

		Edit {
			body = Text.of(body);
		}

	}

}
