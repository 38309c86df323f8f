package app.huddle.api.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar export: one event as an .ics file, and a personal feed URL that calendar apps
 * subscribe to without a session (its secret is the credential).
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarService calendars;

	CalendarController(CalendarService calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/api/teams/{teamId}/events/{eventId}.ics")
	@Operation(summary = "One event as an iCalendar file (STATUS:CANCELLED once cancelled)")
	@ApiResponse(responseCode = "200", description = "The event, in its own time zone",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<byte[]> eventCalendar(@AuthenticationPrincipal CurrentUser me, @PathVariable long teamId,
			@PathVariable long eventId) {
		CalendarEvent event = calendars.event(me, teamId, eventId);
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.headers(headers -> headers
				.setContentDisposition(ContentDisposition.attachment().filename(slug(event.title()) + ".ics").build()))
			.body(ICalendar.of(null, List.of(event), Instant.now()));
	}

	@PostMapping("/api/me/calendar-feed")
	@Operation(summary = "A new calendar feed URL, shown only now; revokes the caller's earlier one")
	@ResponseStatus(HttpStatus.CREATED)
	NewCalendarFeed issueCalendarFeed(@AuthenticationPrincipal CurrentUser me) {
		CalendarFeeds.Issued issued = calendars.issueFeed(me);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/calendar/{secret}.ics")
			.buildAndExpand(issued.secret())
			.toUriString();
		return new NewCalendarFeed(url, issued.createdAt());
	}

	@GetMapping("/api/me/calendar-feed")
	@Operation(summary = "Whether the caller has a calendar feed, and since when (its URL is not kept)")
	CalendarFeed myCalendarFeed(@AuthenticationPrincipal CurrentUser me) {
		return calendars.feedCreatedAt(me)
			.map(CalendarFeed::new)
			.orElseThrow(() -> HuddleException.notFound("You have no calendar feed."));
	}

	@DeleteMapping("/api/me/calendar-feed")
	@Operation(summary = "Revoke the caller's calendar feed (also when there is none)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeCalendarFeed(@AuthenticationPrincipal CurrentUser me) {
		calendars.revokeFeed(me);
	}

	@GetMapping("/api/calendar/{secret}.ics")
	@Operation(summary = "A calendar feed: the events of all the owner's teams from 30 days ago on; no session needed")
	@ApiResponse(responseCode = "200", description = "The feed",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<?> calendarFeed(@PathVariable String secret) {
		return calendars.feed(secret)
			.<ResponseEntity<?>>map(feed -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.body(ICalendar.of("Huddle – " + feed.username(), feed.events(), Instant.now())))
			.orElseGet(CalendarController::noSuchFeed);
	}

	/**
	 * 404 without the request path as the problem's {@code instance} (Spring's default):
	 * the path holds the secret, and problems end up in logs and screenshots.
	 */
	private static ResponseEntity<ProblemDetail> noSuchFeed() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No such calendar feed; it may have been revoked.");
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create("/api/calendar"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** A file name from the title: lower-case ASCII letters, digits and dashes. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
		return slug.isEmpty() ? "event" : slug;
	}

	/** A feed just made: its URL (shown once) and when it was made. */
	record NewCalendarFeed(String url, Instant createdAt) {
	}

	/** The caller's feed, without its URL. */
	record CalendarFeed(Instant createdAt) {
	}

}
