package app.huddle.api.invitation;

import java.time.Instant;

import app.huddle.api.shared.UserRef;

/** An invitation to join a team. */
record Invitation(long id, TeamRef team, UserRef inviter, UserRef invitee, Status status, Instant createdAt,
		Instant expiresAt) {

	enum Status {

		PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED

	}

	record TeamRef(long id, String name) {
	}

}
