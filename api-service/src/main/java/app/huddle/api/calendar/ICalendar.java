package app.huddle.api.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.jspecify.annotations.Nullable;

/**
 * Team events as an iCalendar document (RFC 5545), written with ical4j: times in the
 * event's own zone (DTSTART;TZID=…) with a VTIMEZONE for each zone used, so calendar apps
 * show the event at its local time even across daylight-saving changes.
 */
final class ICalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private ICalendar() {
	}

	/** The calendar; {@code name} is shown by apps that subscribe to it. */
	static byte[] of(@Nullable String name, List<CalendarEvent> events, Instant now) {
		Calendar calendar = new Calendar().withProdId("-//Huddle//Team events//EN")
			.withDefaults()
			.withProperty(ImmutableMethod.PUBLISH)
			.getFluentTarget();
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		Map<String, Optional<VTimeZone>> zones = new LinkedHashMap<>();
		events.forEach(event -> zones.computeIfAbsent(event.timeZone(), ICalendar::vtimezone));
		zones.values().forEach(zone -> zone.ifPresent(calendar::add));
		events.forEach(event -> calendar.add(vevent(event, zones.get(event.timeZone()).isPresent(), now)));
		return Folding.fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
	}

	/** Times in the event's zone when it has a VTIMEZONE, in UTC otherwise. */
	private static VEvent vevent(CalendarEvent event, boolean zoned, Instant now) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid("event-" + event.id() + "@huddle"));
		vevent.add(new DtStamp(now));
		vevent.add(zoned ? new DtStart<>(zoned(event.startsAt(), event)) : new DtStart<>(event.startsAt()));
		if (event.endsAt() != null) {
			vevent.add(zoned ? new DtEnd<>(zoned(event.endsAt(), event)) : new DtEnd<>(event.endsAt()));
		}
		vevent.add(new Summary(event.title()));
		if (event.location() != null) {
			vevent.add(new Location(event.location()));
		}
		vevent.add(new Description(
				(event.description() != null ? event.description() + "\n\n" : "") + "Team: " + event.teamName()));
		vevent
			.add(event.cancelledAt() != null ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		vevent.add(new Sequence(event.sequence()));
		vevent.add(new Created(event.createdAt()));
		Instant modified = event.cancelledAt() != null ? event.cancelledAt() : event.updatedAt();
		if (modified != null) {
			vevent.add(new LastModified(modified));
		}
		return vevent;
	}

	private static ZonedDateTime zoned(Instant instant, CalendarEvent event) {
		return ZonedDateTime.ofInstant(instant, ZoneId.of(event.timeZone()));
	}

	/**
	 * ical4j's zone definition under the zone's own id: its bundled data files a linked
	 * zone under its target's id (Europe/Oslo under Europe/Berlin) and names the
	 * tzurl.org source, so the TZID is set to what DTSTART says and the links are
	 * dropped. Empty for the few zones Java knows and ical4j's data does not (SystemV/*,
	 * zones newer than it).
	 */
	private static Optional<VTimeZone> vtimezone(String zone) {
		TimeZone timeZone;
		try {
			timeZone = ZONES.getTimeZone(zone);
		}
		catch (RuntimeException unknown) {
			// ical4j throws NullPointerException for a zone it has no file for.
			return Optional.empty();
		}
		if (timeZone == null) {
			return Optional.empty();
		}
		VTimeZone vtimezone = timeZone.getVTimeZone().copy();
		vtimezone.removeAll(Property.TZURL, "X-LIC-LOCATION");
		vtimezone.replace(new TzId(zone));
		return Optional.of(vtimezone);
	}

}
