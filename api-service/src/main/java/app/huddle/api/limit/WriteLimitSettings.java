package app.huddle.api.limit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per user and kind of write: at most {@code count} in a burst, refilled at {@code count}
 * per {@code per}. The defaults are in application.yml; each can be set on its own with
 * {@code huddle.api.limits.<kind>.count} / {@code .per} (or, from the environment,
 * {@code HUDDLE_API_LIMITS_MESSAGES_COUNT} …).
 */
@ConfigurationProperties("huddle.api.limits")
record WriteLimitSettings(Limit messages, Limit teams, Limit invitations, Limit events) {

	Limit of(Write write) {
		return switch (write) {
			case MESSAGE -> messages;
			case TEAM -> teams;
			case INVITATION -> invitations;
			case EVENT -> events;
		};
	}

	record Limit(int count, Duration per) {

		String describe(Write write) {
			return "at most " + count + " " + write.plural + " per " + humane(per);
		}

		private static String humane(Duration per) {
			if (per.toSeconds() % 3600 == 0) {
				return per.toHours() == 1 ? "hour" : per.toHours() + " hours";
			}
			if (per.toSeconds() % 60 == 0) {
				return per.toMinutes() == 1 ? "minute" : per.toMinutes() + " minutes";
			}
			return per.toSeconds() == 1 ? "second" : per.toSeconds() + " seconds";
		}

	}

}
