package app.huddle.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.huddle.api.membership.Memberships;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team events exported as iCalendar: one event, or a member's feed of all their teams.
 */
@Service
@RetryOnFailover
class CalendarService {

	/** How far back a feed reaches, so a calendar keeps the recent past. */
	static final Duration FEED_HISTORY = Duration.ofDays(30);

	private final CalendarEvents events;

	private final CalendarFeeds feeds;

	private final Memberships memberships;

	CalendarService(CalendarEvents events, CalendarFeeds feeds, Memberships memberships) {
		this.events = events;
		this.feeds = feeds;
		this.memberships = memberships;
	}

	@Transactional(readOnly = true)
	CalendarEvent event(CurrentUser me, long teamId, long eventId) {
		memberships.require(teamId, me.id());
		return events.find(teamId, eventId)
			.orElseThrow(
					() -> HuddleException.notFound("Event " + eventId + " does not exist in team " + teamId + "."));
	}

	/** The feed's calendar, or empty for an unknown or revoked secret. */
	@Transactional(readOnly = true)
	Optional<Feed> feed(String secret) {
		return feeds.ownerOf(secret)
			.map(owner -> new Feed(owner.username(),
					events.ofMember(owner.userId(), Instant.now().minus(FEED_HISTORY))));
	}

	@Transactional
	CalendarFeeds.Issued issueFeed(CurrentUser me) {
		return feeds.issue(me.id());
	}

	@Transactional(readOnly = true)
	Optional<Instant> feedCreatedAt(CurrentUser me) {
		return feeds.createdAt(me.id());
	}

	@Transactional
	void revokeFeed(CurrentUser me) {
		feeds.revoke(me.id());
	}

	record Feed(String username, List<CalendarEvent> events) {
	}

}
