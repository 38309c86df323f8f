package app.huddle.notifier.access;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import app.huddle.notifier.NotifierSettings;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, re-checks the tokens and team memberships of every open session in
 * two batched queries: a logout (the session row deleted by any api replica) closes that
 * user's sockets on every notifier instance, and a membership that ended ends its
 * subscriptions even if the {@code member.left} envelope is late. A database outage skips
 * a round rather than closing everyone's socket.
 */
@Component
class Revalidation implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Revalidation.class);

	private final LocalSessions sessions;

	private final SessionTokens tokens;

	private final TeamMemberships memberships;

	private final SessionControl control;

	private final TaskScheduler scheduler;

	private final NotifierSettings settings;

	private @Nullable ScheduledFuture<?> task;

	Revalidation(LocalSessions sessions, SessionTokens tokens, TeamMemberships memberships, SessionControl control,
			@Qualifier("notifierScheduler") TaskScheduler scheduler, NotifierSettings settings) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.memberships = memberships;
		this.control = control;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	void revalidate() {
		try {
			endLoggedOutSessions();
			dropEndedMemberships();
		}
		catch (DataAccessException ex) {
			log.warn("Cannot revalidate STOMP sessions now (database unavailable?): {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Revalidating STOMP sessions failed", ex);
		}
	}

	private void endLoggedOutSessions() {
		Set<String> open = new HashSet<>();
		sessions.all().forEach(session -> open.add(session.token()));
		Set<String> valid = tokens.stillValid(open);
		for (LocalSessions.Session session : sessions.all()) {
			if (open.contains(session.token()) && !valid.contains(session.token())) {
				control.end(session.id(), "Your session ended (logged out or expired); log in again.");
			}
		}
	}

	private void dropEndedMemberships() {
		Set<TeamMemberships.Membership> subscribed = new HashSet<>();
		sessions.all()
			.forEach(session -> session.teamSubscriptions()
				.values()
				.forEach(team -> subscribed.add(new TeamMemberships.Membership(team, session.userId()))));
		Set<TeamMemberships.Membership> current = memberships.stillMembers(subscribed);
		for (LocalSessions.Session session : sessions.all()) {
			session.teamSubscriptions().forEach((subscription, team) -> {
				var pair = new TeamMemberships.Membership(team, session.userId());
				if (subscribed.contains(pair) && !current.contains(pair)) {
					control.drop(session.id(), subscription);
				}
			});
		}
	}

	@Override
	public synchronized void start() {
		task = scheduler.scheduleWithFixedDelay(this::revalidate, settings.revalidateInterval());
	}

	@Override
	public synchronized void stop() {
		if (task != null) {
			task.cancel(false);
			task = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return task != null;
	}

}
