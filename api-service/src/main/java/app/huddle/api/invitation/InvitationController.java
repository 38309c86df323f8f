package app.huddle.api.invitation;

import java.util.List;

import app.huddle.api.limit.Write;
import app.huddle.api.limit.WriteLimits;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations: sending, listing, answering and revoking. */
@RestController
class InvitationController {

	private final InvitationService invitations;

	private final WriteLimits limits;

	InvitationController(InvitationService invitations, WriteLimits limits) {
		this.invitations = invitations;
		this.limits = limits;
	}

	@PostMapping("/api/teams/{teamId}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Invitation invite(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@Valid @RequestBody Invite body) {
		limits.take(me.id(), Write.INVITATION);
		return invitations.invite(me, teamId, body.username());
	}

	@GetMapping("/api/teams/{teamId}/invitations")
	List<Invitation> teamPending(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId) {
		return invitations.pendingInTeam(me, teamId);
	}

	@GetMapping("/api/invitations")
	List<Invitation> mine(@AuthenticationPrincipal CurrentUser me) {
		return invitations.pendingForMe(me);
	}

	@PostMapping("/api/invitations/{id}/accept")
	Invitation accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
		return invitations.accept(me, id);
	}

	@PostMapping("/api/invitations/{id}/decline")
	Invitation decline(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
		return invitations.decline(me, id);
	}

	@PostMapping("/api/invitations/{id}/revoke")
	Invitation revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
		return invitations.revoke(me, id);
	}

	record Invite(@NotBlank @Size(max = 32) String username) {

		Invite {
			username = Text.username(username);
		}

	}

}
