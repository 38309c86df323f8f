package app.huddle.api.invitation;

import java.util.List;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.invitation.Invitation.Status;
import app.huddle.api.membership.MemberJoined;
import app.huddle.api.membership.Memberships;
import app.huddle.api.membership.Role;
import app.huddle.api.notification.Inbox;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;
import app.huddle.api.user.Users;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people, and their answers; each step notifies the other side through the
 * inbox.
 */
@Service
@RetryOnFailover
class InvitationService {

	private final Invitations invitations;

	private final Users users;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	private final Inbox inbox;

	private final InvitationSettings settings;

	InvitationService(Invitations invitations, Users users, Memberships memberships, TeamActivityLog activity,
			Inbox inbox, InvitationSettings settings) {
		this.invitations = invitations;
		this.users = users;
		this.memberships = memberships;
		this.activity = activity;
		this.inbox = inbox;
		this.settings = settings;
	}

	@Transactional
	Invitation invite(CurrentUser me, long teamId, String username) {
		memberships.require(teamId, me.id());
		UserRef invitee = users.findByUsername(username)
			.orElseThrow(() -> HuddleException.notFound("There is no user named '" + username + "'."));
		if (memberships.roleOf(teamId, invitee.id()).isPresent()) {
			throw HuddleException.conflict(username + " is already a member of this team.");
		}
		long id = invitations.insertPending(teamId, me.id(), invitee.id(), Envelope.now().plus(settings.timeToLive()))
			.orElseThrow(() -> HuddleException.conflict(username + " already has a pending invitation to this team."));
		Invitation invitation = invitations.find(id, false).orElseThrow();
		inbox.deliver(invitee.id(), teamId, new InvitationReceived(invitation));
		return invitation;
	}

	@Transactional(readOnly = true)
	List<Invitation> pendingForMe(CurrentUser me) {
		return invitations.pendingFor(me.id());
	}

	@Transactional(readOnly = true)
	List<Invitation> pendingInTeam(CurrentUser me, long teamId) {
		memberships.requireOwner(teamId, me.id());
		return invitations.pendingIn(teamId);
	}

	@Transactional
	Invitation accept(CurrentUser me, long id) {
		Invitation invitation = pendingAddressedTo(me, id);
		activity.lock(invitation.team().id());
		invitations.setStatus(id, Status.ACCEPTED);
		if (memberships.add(invitation.team().id(), me.id(), Role.MEMBER)) {
			activity.append(invitation.team().id(),
					seq -> new MemberJoined(invitation.team().id(), me.ref(), Role.MEMBER));
		}
		Invitation accepted = invitations.find(id, false).orElseThrow();
		inbox.deliver(invitation.inviter().id(), invitation.team().id(), new InvitationAccepted(accepted));
		return accepted;
	}

	@Transactional
	Invitation decline(CurrentUser me, long id) {
		Invitation invitation = pendingAddressedTo(me, id);
		invitations.setStatus(id, Status.DECLINED);
		Invitation declined = invitations.find(id, false).orElseThrow();
		inbox.deliver(invitation.inviter().id(), invitation.team().id(), new InvitationDeclined(declined));
		return declined;
	}

	/** An owner of the team, or whoever sent it, withdraws a pending invitation. */
	@Transactional
	Invitation revoke(CurrentUser me, long id) {
		Invitation invitation = invitations.find(id, true).orElseThrow(() -> notFound(id));
		Role role = memberships.roleOf(invitation.team().id(), me.id()).orElseThrow(() -> notFound(id));
		if (role != Role.OWNER && invitation.inviter().id() != me.id()) {
			throw HuddleException.forbidden("Only an owner or the inviter may revoke this invitation.");
		}
		requirePending(invitation);
		invitations.setStatus(id, Status.REVOKED);
		Invitation revoked = invitations.find(id, false).orElseThrow();
		inbox.deliver(invitation.invitee().id(), invitation.team().id(), new InvitationRevoked(revoked));
		return revoked;
	}

	private Invitation pendingAddressedTo(CurrentUser me, long id) {
		Invitation invitation = invitations.find(id, true)
			.filter(found -> found.invitee().id() == me.id())
			.orElseThrow(() -> notFound(id));
		requirePending(invitation);
		return invitation;
	}

	private static void requirePending(Invitation invitation) {
		if (invitation.status() != Status.PENDING) {
			throw HuddleException.conflict("This invitation is " + invitation.status().name().toLowerCase()
					+ " and can no longer be answered or revoked.");
		}
	}

	private static HuddleException notFound(long id) {
		return HuddleException.notFound("Invitation " + id + " does not exist or is not yours.");
	}

}
