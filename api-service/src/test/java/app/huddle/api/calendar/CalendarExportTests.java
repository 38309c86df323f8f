package app.huddle.api.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported calendars, read back with biweekly, a parser that did not write them (ical4j
 * did). Time zones and cancellations are written straight to the event feature's table.
 */
class CalendarExportTests extends ApiTests {

	/** 18:00 in Oslo (CET, UTC+1). */
	private static final Instant TRAINING = Instant.parse("2026-12-01T17:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsOneEventInItsOwnTimeZone() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long event = createEvent(team, alice, "Training: Hall B, then æøå", TRAINING, "Oslo, Hall B");
		inZone(event, "Europe/Oslo");

		Http.Response ics = http.get("/api/teams/" + team + "/events/" + event + ".ics", alice.token());

		assertThat(ics.status()).as(ics.body()).isEqualTo(200);
		assertThat(ics.contentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
		assertThat(ics.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"training-hall-b-then-a.ics\"");
		assertThat(ics.body()).contains("DTSTART;TZID=Europe/Oslo:20261201T180000\r\n")
			.contains("DTEND;TZID=Europe/Oslo:20261201T200000\r\n")
			.contains("TZID:Europe/Oslo\r\n")
			.contains("UID:event-" + event + "@huddle\r\n")
			.contains("STATUS:CONFIRMED\r\n")
			.contains("SEQUENCE:0\r\n")
			.endsWith("END:VCALENDAR\r\n");
		assertFolded(ics.body());

		ICalendar calendar = parse(ics.body());
		VEvent parsed = calendar.getEvents().get(0);
		assertThat(calendar.getEvents()).hasSize(1);
		assertThat(parsed.getSummary().getValue()).isEqualTo("Training: Hall B, then æøå");
		assertThat(parsed.getLocation().getValue()).isEqualTo("Oslo, Hall B");
		assertThat(parsed.getDateStart().getValue().toInstant()).as("computed from the VTIMEZONE").isEqualTo(TRAINING);
		assertThat(parsed.getDateEnd().getValue().toInstant()).isEqualTo(TRAINING.plus(2, ChronoUnit.HOURS));
		assertThat(
				calendar.getTimezoneInfo().getTimezone(parsed.getDateStart()).getComponent().getTimezoneId().getValue())
			.isEqualTo("Europe/Oslo");
		assertThat(parsed.getUid().getValue()).isEqualTo("event-" + event + "@huddle");
		assertThat(parsed.getDateTimeStamp()).isNotNull();
	}

	@Test
	void aCancelledEventIsExportedAsCancelledWithAHigherSequence() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long event = createEvent(team, alice, "Match", TRAINING, null);
		jdbc.sql("UPDATE team_events SET cancelled_at = created_at + interval '90 seconds' WHERE id = ?")
			.param(event)
			.update();

		VEvent parsed = parse(http.get("/api/teams/" + team + "/events/" + event + ".ics", alice.token()).body())
			.getEvents()
			.get(0);

		assertThat(parsed.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(parsed.getSequence().getValue()).isEqualTo(90);
		assertThat(parsed.getDateStart().getValue().toInstant()).as("in UTC, the default zone").isEqualTo(TRAINING);
	}

	@Test
	void aZoneWithoutAnICalendarDefinitionIsWrittenInUtc() {
		var alice = fixtures.user("alice");
		long team = fixtures.team(alice);
		long event = createEvent(team, alice, "Old-style zone", TRAINING, null);
		inZone(event, "SystemV/EST5");

		Http.Response ics = http.get("/api/teams/" + team + "/events/" + event + ".ics", alice.token());

		assertThat(ics.status()).as(ics.body()).isEqualTo(200);
		assertThat(ics.body()).contains("DTSTART:20261201T170000Z\r\n").doesNotContain("VTIMEZONE");
		assertThat(parse(ics.body()).getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(TRAINING);
	}

	@Test
	void theIcsPathDoesNotClashWithTheEventsOwnPath() {
		var alice = fixtures.user("alice");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(alice);
		long event = createEvent(team, alice, "Training", TRAINING, null);
		String path = "/api/teams/" + team + "/events/" + event;

		assertThat(http.get(path + ".ics", alice.token()).contentType()).startsWith("text/calendar");
		assertThat(http.get(path, alice.token()).contentType()).doesNotStartWith("text/calendar");
		assertProblem(http.get("/api/teams/" + team + "/events/" + (event + 1000) + ".ics", alice.token()), 404,
				"does not exist");
		assertProblem(http.get(path + ".ics", stranger.token()), 404, "not a member");
		assertProblem(http.get(path + ".ics", null), 401, "sign in");
		assertProblem(http.get("/api/teams/" + team + "/events/seven.ics", alice.token()), 400, "eventId");
	}

	@Test
	void theFeedHoldsTheEventsOfAllTheUsersTeamsWithoutASession() {
		var alice = fixtures.user("alice");
		var bob = fixtures.user("bob");
		long first = fixtures.teamWith(alice, bob);
		long second = fixtures.teamWith(bob, alice);
		long others = fixtures.team(bob);
		long training = createEvent(first, alice, "Training", TRAINING, null);
		inZone(training, "Europe/Oslo");
		long match = createEvent(second, bob, "Match", TRAINING.plus(3, ChronoUnit.DAYS), null);
		inZone(match, "America/New_York");
		long cancelled = createEvent(second, bob, "Called off", Instant.now().plus(1, ChronoUnit.DAYS), null);
		jdbc.sql("UPDATE team_events SET cancelled_at = now() WHERE id = ?").param(cancelled).update();
		long recent = createEvent(first, bob, "Last week", Instant.now().minus(7, ChronoUnit.DAYS), null);
		createEvent(first, bob, "Long ago", Instant.now().minus(40, ChronoUnit.DAYS), null);
		createEvent(others, bob, "Not alice's team", TRAINING, null);

		String feed = issueFeed(alice);
		Http.Response answer = http.get(feed, null);

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
		assertFolded(answer.body());
		ICalendar calendar = parse(answer.body());
		assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
			.isEqualTo("Huddle – " + alice.username());
		assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue())
			.containsExactlyInAnyOrder(uid(training), uid(match), uid(cancelled), uid(recent));
		VEvent parsedMatch = event(calendar, match);
		assertThat(parsedMatch.getDateStart().getValue().toInstant()).isEqualTo(TRAINING.plus(3, ChronoUnit.DAYS));
		assertThat(calendar.getTimezoneInfo()
			.getTimezone(parsedMatch.getDateStart())
			.getComponent()
			.getTimezoneId()
			.getValue()).isEqualTo("America/New_York");
		assertThat(answer.body()).contains("DTSTART;TZID=America/New_York:20261204T120000\r\n")
			.contains("DTSTART;TZID=Europe/Oslo:20261201T180000\r\n");
		assertThat(event(calendar, training).getDateStart().getValue().toInstant()).isEqualTo(TRAINING);
		assertThat(event(calendar, cancelled).getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(event(calendar, training).getStatus().getValue()).isEqualTo("CONFIRMED");
	}

	@Test
	void aNewFeedRevokesTheOldOneAndRevokingEndsIt() {
		var alice = fixtures.user("alice");
		assertProblem(http.get("/api/me/calendar-feed", alice.token()), 404, "no calendar feed");

		String old = issueFeed(alice);
		Http.Response status = http.get("/api/me/calendar-feed", alice.token());
		assertThat(status.status()).isEqualTo(200);
		assertThat(Instant.parse(status.json().get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(http.get(old, null).status()).isEqualTo(200);

		String renewed = issueFeed(alice);
		assertThat(renewed).isNotEqualTo(old);
		assertThat(http.get(renewed, null).status()).isEqualTo(200);
		Http.Response revoked = http.get(old, null);
		assertProblem(revoked, 404, "no such calendar feed");
		assertThat(revoked.body()).doesNotContain(secretOf(old));

		assertThat(http.delete("/api/me/calendar-feed", alice.token()).status()).isEqualTo(204);
		assertProblem(http.get(renewed, null), 404, "no such calendar feed");
		assertProblem(http.get("/api/me/calendar-feed", alice.token()), 404, "no calendar feed");
		assertThat(http.delete("/api/me/calendar-feed", alice.token()).status()).as("idempotent").isEqualTo(204);
		assertProblem(http.post("/api/me/calendar-feed", null, null), 401, "sign in");
	}

	@Test
	void onlyAHashOfTheSecretIsStored() {
		var alice = fixtures.user("alice");
		String secret = secretOf(issueFeed(alice));

		assertThat(secret).matches("[A-Za-z0-9_-]{43}");
		String stored = jdbc.sql("SELECT secret_hash FROM calendar_feeds WHERE user_id = ?")
			.param(alice.id())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(FeedSecrets.hash(secret)).doesNotContain(secret).hasSize(64);
		assertProblem(http.get("/api/calendar/" + stored + ".ics", null), 404, "no such calendar feed");
	}

	private String issueFeed(Fixtures.User user) {
		Http.Response issued = http.post("/api/me/calendar-feed", user.token(), null);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		URI url = URI.create(issued.json().get("url").asString());
		assertThat(url.isAbsolute()).isTrue();
		assertThat(url.getPath()).startsWith("/api/calendar/").endsWith(".ics");
		assertThat(Instant.parse(issued.json().get("createdAt").asString())).isNotNull();
		return url.getPath();
	}

	private static String secretOf(String feedPath) {
		return feedPath.substring("/api/calendar/".length(), feedPath.length() - ".ics".length());
	}

	private long createEvent(long team, Fixtures.User creator, String title, Instant startsAt, String location) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "startsAt", startsAt.toString(),
				"endsAt", startsAt.plus(2, ChronoUnit.HOURS).toString()));
		if (location != null) {
			body.put("location", location);
		}
		Http.Response created = http.post("/api/teams/" + team + "/events", creator.token(), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private void inZone(long event, String zone) {
		jdbc.sql("UPDATE team_events SET time_zone = ? WHERE id = ?").params(zone, event).update();
	}

	private static String uid(long event) {
		return "event-" + event + "@huddle";
	}

	private static VEvent event(ICalendar calendar, long event) {
		return calendar.getEvents()
			.stream()
			.filter(e -> e.getUid().getValue().equals(uid(event)))
			.findFirst()
			.orElseThrow();
	}

	private static ICalendar parse(String text) {
		List<List<ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(text).warnings(warnings).all();
		assertThat(calendars).hasSize(1);
		assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
		return calendars.get(0);
	}

	/** Every line ends in CRLF and holds at most 75 octets. */
	private static void assertFolded(String text) {
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(text.split("\r\n"))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
	}

}
