package app.huddle.api.event;

import java.time.Instant;
import java.util.List;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning team events; creating one notifies the whole team. */
@Service
@RetryOnFailover
class EventService {

	private final TeamEvents events;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	EventService(TeamEvents events, Memberships memberships, TeamActivityLog activity) {
		this.events = events;
		this.memberships = memberships;
		this.activity = activity;
	}

	@Transactional
	TeamEvent create(CurrentUser me, long teamId, NewEvent event) {
		memberships.require(teamId, me.id());
		if (event.endsAt() != null && !event.endsAt().isAfter(event.startsAt())) {
			throw HuddleException.badRequest("endsAt must be after startsAt.");
		}
		return activity.append(teamId, seq -> {
			Instant createdAt = Envelope.now();
			long id = events.insert(teamId, seq, event, me.id(), createdAt);
			return new TeamEventCreated(new TeamEvent(id, teamId, seq, event.title(), event.startsAt(), event.endsAt(),
					event.location(), event.description(), me.ref(), createdAt));
		}).event();
	}

	@Transactional(readOnly = true)
	List<TeamEvent> between(CurrentUser me, long teamId, Instant from, Instant to) {
		memberships.require(teamId, me.id());
		if (!to.isAfter(from)) {
			throw HuddleException.badRequest("'to' must be after 'from'.");
		}
		return events.between(teamId, from, to);
	}

}
