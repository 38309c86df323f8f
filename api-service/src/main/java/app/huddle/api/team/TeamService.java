package app.huddle.api.team;

import java.util.List;
import java.util.Map;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Member;
import app.huddle.api.membership.MemberJoined;
import app.huddle.api.membership.MemberLeft;
import app.huddle.api.membership.Memberships;
import app.huddle.api.membership.Role;
import app.huddle.api.notification.Inbox;
import app.huddle.api.readmarker.ReadMarkerService;
import app.huddle.api.readmarker.Reading;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;
import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating teams, listing them, and members leaving or being removed. */
@Service
@RetryOnFailover
class TeamService {

	private final Teams teams;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	private final Inbox inbox;

	private final ReadMarkerService reading;

	TeamService(Teams teams, Memberships memberships, TeamActivityLog activity, Inbox inbox,
			ReadMarkerService reading) {
		this.teams = teams;
		this.memberships = memberships;
		this.activity = activity;
		this.inbox = inbox;
		this.reading = reading;
	}

	@Transactional
	Team create(CurrentUser me, String name, @Nullable String description) {
		String text = description == null ? "" : description;
		long id = teams.insert(name, text, me.id());
		memberships.add(id, me.id(), Role.OWNER);
		activity.append(id, seq -> new MemberJoined(id, me.ref(), Role.OWNER));
		return new Team(id, name, text, Role.OWNER, 1L, 0L, 0, null);
	}

	@Transactional(readOnly = true)
	List<Team> mine(CurrentUser me) {
		Map<Long, Reading> readings = reading.readings(me.id());
		return teams.of(me.id()).stream().map(team -> {
			Reading mine = readings.get(team.id());
			return mine == null ? team : team.with(mine);
		}).toList();
	}

	@Transactional(readOnly = true)
	Team get(CurrentUser me, long teamId) {
		Role role = memberships.require(teamId, me.id());
		return teams.get(teamId, role).with(reading.reading(me.id(), teamId)).withMembers(memberships.members(teamId));
	}

	/** Leaving (yourself) or removing (an owner removes someone else). */
	@Transactional
	void removeMember(CurrentUser me, long teamId, long userId) {
		// Outsiders (and a team that does not exist) get 404 before any lock is taken.
		memberships.require(teamId, me.id());
		activity.lock(teamId);
		Role myRole = memberships.require(teamId, me.id());
		if (userId != me.id() && myRole != Role.OWNER) {
			throw HuddleException.forbidden("Only an owner may remove other members.");
		}
		List<Member> members = memberships.members(teamId);
		Member leaving = members.stream()
			.filter(member -> member.id() == userId)
			.findFirst()
			.orElseThrow(() -> HuddleException.notFound("User " + userId + " is not a member of team " + teamId + "."));
		long owners = members.stream().filter(member -> member.role() == Role.OWNER).count();
		if (leaving.role() == Role.OWNER && owners == 1 && members.size() > 1) {
			throw HuddleException
				.conflict("The last owner cannot leave while other members remain; remove them first.");
		}
		memberships.remove(teamId, userId);
		var user = new UserRef(leaving.id(), leaving.username(), leaving.displayName());
		MemberLeft left = activity.append(teamId,
				seq -> new MemberLeft(teamId, user, leaving.role(), userId == me.id() ? null : me.ref()));
		if (userId != me.id()) {
			// The removed member no longer receives the team's topic, so they hear of it
			// personally.
			inbox.deliver(userId, teamId, left);
		}
	}

}
