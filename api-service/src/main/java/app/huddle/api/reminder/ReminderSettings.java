package app.huddle.api.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders: the lead time of members who chose none, how often the scheduler looks for
 * due reminders, how many it sends per transaction, and how often a replica running the
 * check proves it is alive (after {@code missedHeartbeats} silent intervals another
 * replica takes the check over).
 */
@ConfigurationProperties("huddle.api.events.reminders")
record ReminderSettings(@DefaultValue("PT1H") ReminderBefore defaultBefore, @DefaultValue("5s") Duration checkEvery,
		@DefaultValue("200") int batchSize, @DefaultValue("5s") Duration heartbeatEvery,
		@DefaultValue("4") int missedHeartbeats) {
}
