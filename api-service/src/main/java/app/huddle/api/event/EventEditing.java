package app.huddle.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.membership.Role;
import app.huddle.api.notification.Inbox;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing and cancelling team events, by their creator or an owner of the team. The
 * members who answered going or maybe hear of a cancellation, and of a new time or place.
 */
@Service
@RetryOnFailover
class EventEditing {

	/** The changes that matter to someone planning to come. */
	private static final Set<String> TIME_OR_PLACE = Set.of("startsAt", "endsAt", "timeZone", "location");

	private final TeamEvents events;

	private final Memberships memberships;

	private final TeamActivityLog activity;

	private final Inbox inbox;

	private final JsonMapper json;

	private final Validator validator;

	EventEditing(TeamEvents events, Memberships memberships, TeamActivityLog activity, Inbox inbox, JsonMapper json,
			Validator validator) {
		this.events = events;
		this.memberships = memberships;
		this.activity = activity;
		this.inbox = inbox;
		this.json = json;
		this.validator = validator;
	}

	/**
	 * Applies an {@link EventPatch}; when nothing actually changes, nothing is recorded.
	 */
	@Transactional
	TeamEvent edit(CurrentUser me, long teamId, long eventId, JsonNode patch) {
		PlannedEvent event = organised(me, teamId, eventId, "edit");
		NewEvent before = event.details();
		NewEvent after = EventPatch.apply(patch, before, json, validator);
		List<String> changed = before.changesTo(after);
		if (changed.isEmpty()) {
			return TeamEvent.seenBy(me.id(), event);
		}
		Instant at = Envelope.now();
		events.update(eventId, after, at);
		TeamEventUpdated updated = activity.append(teamId,
				seq -> new TeamEventUpdated(event.edited(after, at), changed));
		if (changed.stream().anyMatch(TIME_OR_PLACE::contains)) {
			tellThoseComing(me, event, updated);
		}
		return TeamEvent.seenBy(me.id(), updated.event());
	}

	@Transactional
	TeamEvent cancel(CurrentUser me, long teamId, long eventId) {
		PlannedEvent event = organised(me, teamId, eventId, "cancel");
		Instant at = Envelope.now();
		events.cancel(eventId, at);
		TeamEventCancelled cancelled = activity.append(teamId,
				seq -> new TeamEventCancelled(event.cancelled(at), me.ref()));
		tellThoseComing(me, event, cancelled);
		return TeamEvent.seenBy(me.id(), cancelled.event());
	}

	/**
	 * The event, with the team's sequence locked, when the caller may change it: 404 for
	 * a non-member or an unknown event, 403 unless the caller created it or owns the
	 * team, 409 once it is cancelled.
	 */
	private PlannedEvent organised(CurrentUser me, long teamId, long eventId, String change) {
		Role role = memberships.require(teamId, me.id());
		activity.lock(teamId);
		PlannedEvent event = events.existing(teamId, eventId);
		if (event.createdBy().id() != me.id() && role != Role.OWNER) {
			throw HuddleException
				.forbidden("Only its creator or an owner of the team may " + change + " event " + eventId + ".");
		}
		if (event.wasCancelled()) {
			throw HuddleException.conflict("Event " + eventId + " was cancelled; it can no longer change.");
		}
		return event;
	}

	/**
	 * Notifies the members who answered going or maybe, except the one who made the
	 * change.
	 */
	private void tellThoseComing(CurrentUser me, PlannedEvent event, DomainEvent change) {
		event.responses()
			.stream()
			.filter(rsvp -> rsvp.response() != RsvpResponse.DECLINED && rsvp.user().id() != me.id())
			.forEach(rsvp -> inbox.deliver(rsvp.user().id(), event.teamId(), change));
	}

}
