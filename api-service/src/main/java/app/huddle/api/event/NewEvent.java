package app.huddle.api.event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.huddle.api.shared.PlainText;
import app.huddle.api.shared.Text;

import org.jspecify.annotations.Nullable;

/**
 * The body of a new team event, and what an edit may change; {@code timeZone} defaults to
 * UTC.
 */
record NewEvent(@NotBlank @Size(max = 200) @PlainText String title, @NotNull Instant startsAt, @Nullable Instant endsAt,
		@Nullable @Size(max = 64) @TimeZoneId String timeZone, @Nullable @Size(max = 200) @PlainText String location,
		@Nullable @Size(max = 2000) @PlainText(multiline = true) String description) {

	static final String UTC = "UTC";

	// Four-digit years, as calendars (RFC 5545) write them; the database holds them all.
	private static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	NewEvent {
		title = Text.of(title);
		startsAt = micros(startsAt);
		endsAt = micros(endsAt);
		timeZone = timeZone == null ? UTC : timeZone;
		location = Text.of(location);
		description = Text.of(description);
	}

	/**
	 * What is wrong with the event as a whole, beyond its single fields, or null when
	 * nothing is.
	 */
	@Nullable String problem() {
		if (outOfRange(startsAt) || endsAt != null && outOfRange(endsAt)) {
			return "startsAt and endsAt must lie in the years " + EARLIEST.atZone(ZoneOffset.UTC).getYear() + " to "
					+ LATEST.atZone(ZoneOffset.UTC).getYear() + ".";
		}
		return endsAt != null && !endsAt.isAfter(startsAt) ? "endsAt must be after startsAt." : null;
	}

	/** The instant moved into the years events may lie in. */
	static Instant clamped(Instant instant) {
		return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
	}

	private static boolean outOfRange(Instant instant) {
		return instant.isBefore(EARLIEST) || instant.isAfter(LATEST);
	}

	/** The names of the fields whose values differ in the other, in the order above. */
	List<String> changesTo(NewEvent other) {
		List<String> changed = new ArrayList<>();
		add(changed, "title", title, other.title);
		add(changed, "startsAt", startsAt, other.startsAt);
		add(changed, "endsAt", endsAt, other.endsAt);
		add(changed, "timeZone", timeZone, other.timeZone);
		add(changed, "location", location, other.location);
		add(changed, "description", description, other.description);
		return changed;
	}

	private static void add(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	// The database keeps microseconds: an answer should show what later reads return.
	private static @Nullable Instant micros(@Nullable Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

}
