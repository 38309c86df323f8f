package app.huddle.api.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning team events and answering them; creating one notifies the whole team. */
@Service
@RetryOnFailover
class EventService {

	private static final Duration DEFAULT_WINDOW = Duration.ofDays(365);

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
		String problem = event.problem();
		if (problem != null) {
			throw HuddleException.badRequest(problem);
		}
		PlannedEvent created = activity.append(teamId, seq -> {
			Instant createdAt = Envelope.now();
			long id = events.insert(teamId, seq, event, me.id(), createdAt);
			return new TeamEventCreated(new PlannedEvent(id, teamId, seq, event.title(), event.startsAt(),
					event.endsAt(), event.timeZone(), event.location(), event.description(), me.ref(), createdAt, null,
					null, new RsvpCounts(0, 0, 0), List.of()));
		}).event();
		return TeamEvent.seenBy(me.id(), created);
	}

	@Transactional(readOnly = true)
	TeamEvent one(CurrentUser me, long teamId, long eventId) {
		memberships.require(teamId, me.id());
		return TeamEvent.seenBy(me.id(), events.existing(teamId, eventId));
	}

	@Transactional(readOnly = true)
	List<TeamEvent> upcoming(CurrentUser me, long teamId, int limit) {
		memberships.require(teamId, me.id());
		return seenBy(me, events.upcoming(teamId, Instant.now(), limit));
	}

	@Transactional(readOnly = true)
	List<TeamEvent> past(CurrentUser me, long teamId, int limit) {
		memberships.require(teamId, me.id());
		return seenBy(me, events.past(teamId, Instant.now(), limit));
	}

	/**
	 * The events starting in [from, to): from now and for a year unless given, within the
	 * years events may lie in.
	 */
	@Transactional(readOnly = true)
	List<TeamEvent> window(CurrentUser me, long teamId, @Nullable Instant from, @Nullable Instant to, int limit) {
		memberships.require(teamId, me.id());
		Instant start = NewEvent.clamped(from != null ? from : Instant.now());
		Instant end = to != null ? NewEvent.clamped(to) : start.plus(DEFAULT_WINDOW);
		if (!end.isAfter(start)) {
			throw HuddleException.badRequest("'to' must be after 'from'.");
		}
		return seenBy(me, events.between(teamId, start, end, limit));
	}

	/**
	 * Gives or changes the member's answer; the same answer again records nothing. A
	 * cancelled event takes no answers: 409.
	 */
	@Transactional
	TeamEvent answer(CurrentUser me, long teamId, long eventId, RsvpResponse response) {
		memberships.require(teamId, me.id());
		activity.lock(teamId);
		PlannedEvent event = events.existing(teamId, eventId);
		if (event.wasCancelled()) {
			throw HuddleException.conflict("Event " + eventId + " was cancelled; it takes no more answers.");
		}
		if (event.answerOf(me.id()) == response) {
			return TeamEvent.seenBy(me.id(), event);
		}
		events.answer(eventId, me.id(), response, Envelope.now());
		PlannedEvent answered = events.existing(teamId, eventId);
		activity.append(teamId, seq -> new TeamEventRsvpChanged(eventId, me.ref(), response, answered.counts()));
		return TeamEvent.seenBy(me.id(), answered);
	}

	private static List<TeamEvent> seenBy(CurrentUser me, List<PlannedEvent> events) {
		return events.stream().map(event -> TeamEvent.seenBy(me.id(), event)).toList();
	}

}
