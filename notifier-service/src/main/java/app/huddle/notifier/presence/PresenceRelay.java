package app.huddle.notifier.presence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;

import app.huddle.notifier.Destinations;
import app.huddle.notifier.NotifierSettings;
import app.huddle.notifier.access.LocalSessions;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shares presence and typing between the notifier instances and hands it to local
 * subscribers of {@code /topic/teams.<id>.presence}. Every scan it compares its sessions'
 * teams with the last scan and announces joins and leaves at once; every heartbeat it
 * announces everyone it holds, so others forget its users when it stops. Messages are
 * transient: no confirms, not persisted, never in the database.
 */
@Component
class PresenceRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PresenceRelay.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OnlineMembers members = new OnlineMembers();

	private final LocalSessions sessions;

	private final LocalDelivery delivery;

	private final RabbitTemplate rabbit;

	private final String exchange;

	private final String instance;

	private final NotifierSettings.Presence settings;

	private final TaskScheduler scheduler;

	private final TypingThrottle throttle;

	private List<ScheduledFuture<?>> tasks = List.of();

	// A snapshot worked out before a change but handed over after it would leave the
	// subscriber an outdated list: lists are worked out and handed over under this lock.
	private final Object showing = new Object();

	PresenceRelay(LocalSessions sessions, LocalDelivery delivery, RabbitTemplate rabbit, PresenceExchange exchange,
			NotifierSettings settings, @Qualifier("notifierScheduler") TaskScheduler scheduler) {
		this.sessions = sessions;
		this.delivery = delivery;
		this.rabbit = rabbit;
		this.exchange = exchange.presence();
		this.instance = settings.instanceId();
		this.settings = settings.presence();
		this.scheduler = scheduler;
		this.throttle = new TypingThrottle(this.settings.typingInterval());
	}

	/** A member of the team typed (or stopped) on this instance. */
	void typed(long teamId, long userId, boolean typing) {
		if (throttle.admit(teamId, userId, typing, System.nanoTime())) {
			publish("team." + teamId + ".typing", new Signals.Typing(instance, teamId, userId, typing));
		}
	}

	/**
	 * Answers a new subscription to a team's presence with who is online now, the
	 * subscriber included even before the next scan counts them.
	 */
	void snapshot(long teamId, long userId, String sessionId, String subscriptionId) {
		synchronized (showing) {
			Set<Long> online = new TreeSet<>(members.online(teamId));
			online.add(userId);
			delivery.toSubscription(Destinations.presence(teamId), frame(new PresenceFrame(teamId, online)), sessionId,
					subscriptionId);
		}
	}

	@RabbitListener(id = "presence-relay", queues = "#{@presenceQueue.name}")
	void receive(Message message) {
		String key = message.getMessageProperties().getReceivedRoutingKey();
		try {
			if (key.endsWith(".typing")) {
				Signals.Typing typing = JSON.readValue(message.getBody(), Signals.Typing.class);
				delivery.toSubscribers(Destinations.presence(typing.teamId()),
						frame(new TypingFrame(typing.teamId(), typing.userId(), typing.typing())), typing.userId());
			}
			else if (key.endsWith(".presence")) {
				Signals.Change change = JSON.readValue(message.getBody(), Signals.Change.class);
				if (!change.instance().equals(instance)) {
					members.apply(change, System.nanoTime(), settings.ttl().toNanos());
					showChanges();
				}
			}
			else if (key.endsWith(".heartbeat")) {
				Signals.Heartbeat heartbeat = JSON.readValue(message.getBody(), Signals.Heartbeat.class);
				if (!heartbeat.instance().equals(instance)) {
					members.apply(heartbeat, System.nanoTime());
					if (heartbeat.ask()) {
						heartbeat(false);
					}
					showChanges();
				}
			}
		}
		catch (JacksonException ex) {
			log.warn("Dropping a presence signal that does not parse (routing key {}): {}", key, ex.getMessage());
		}
	}

	void scan() {
		try {
			members.replaceLocal(instance, sessions.usersByTeam())
				.forEach(change -> publish("team." + change.teamId() + ".presence", change));
			members.expire(System.nanoTime());
			throttle.forgetOlderThan(System.nanoTime() - settings.ttl().toNanos());
			showChanges();
		}
		catch (RuntimeException ex) {
			log.error("Presence scan failed", ex);
		}
	}

	private void heartbeat(boolean ask) {
		publish("instance." + instance + ".heartbeat",
				new Signals.Heartbeat(instance, settings.ttl().toMillis(), members.local(), ask));
	}

	private void showChanges() {
		synchronized (showing) {
			members.takeChanges()
				.forEach((team, online) -> delivery.toSubscribers(Destinations.presence(team),
						frame(new PresenceFrame(team, online)), null));
		}
	}

	private void publish(String routingKey, Object signal) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
		try {
			rabbit.send(exchange, routingKey, new Message(JSON.writeValueAsBytes(signal), properties));
		}
		catch (AmqpException ex) {
			log.debug("Presence signal {} not sent (broker unavailable?): {}", routingKey, ex.getMessage());
		}
	}

	private static byte[] frame(Object frame) {
		return JSON.writeValueAsBytes(frame);
	}

	@Override
	public synchronized void start() {
		heartbeat(true);
		tasks = List.of(scheduler.scheduleWithFixedDelay(this::scan, settings.scanInterval()),
				scheduler.scheduleAtFixedRate(() -> heartbeat(false), settings.heartbeat()));
	}

	@Override
	public synchronized void stop() {
		tasks.forEach(task -> task.cancel(false));
		tasks = List.of();
		publish("instance." + instance + ".heartbeat", new Signals.Heartbeat(instance, 0, Map.of(), false));
	}

	@Override
	public synchronized boolean isRunning() {
		return !tasks.isEmpty();
	}

	/** Who is online in a team now: the whole list, which replaces the last one. */
	record PresenceFrame(String type, long teamId, Set<Long> online) {

		PresenceFrame(long teamId, Set<Long> online) {
			this("presence", teamId, online);
		}

	}

	/**
	 * A member started or stopped typing; a client forgets it after 5 s without another.
	 */
	record TypingFrame(String type, long teamId, long userId, boolean typing) {

		TypingFrame(long teamId, long userId, boolean typing) {
			this("typing", teamId, userId, typing);
		}

	}

	static @Nullable Long userIdOf(@Nullable String principalName) {
		try {
			return principalName == null ? null : Long.valueOf(principalName);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
