package app.huddle.api.event;

import app.huddle.testsupport.Http;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import app.huddle.api.ApiTests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTests extends ApiTests {

	private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@Test
	void createsAnEventWithTheNextSeq() {
		var owner = fixtures.user("owner");
		var member = fixtures.user("member");
		long team = fixtures.teamWith(owner, member);

		Http.Response created = http.post("/api/teams/" + team + "/events", member.token(),
				Map.of("title", "Regatta", "startsAt", tomorrow.toString(), "endsAt",
						tomorrow.plusSeconds(7200).toString(), "location", "River", "description", "Bring water"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("title").asString()).isEqualTo("Regatta");
		assertThat(Instant.parse(created.json().get("startsAt").asString())).isEqualTo(tomorrow);
		assertThat(created.json().get("createdBy").get("username").asString()).isEqualTo(member.username());
		assertThat(created.json().get("seq").asLong()).as("after owner and member joined").isEqualTo(3);
	}

	@Test
	void listsEventsInAWindow() {
		var owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		for (int day = 1; day <= 3; day++) {
			http.post("/api/teams/" + team + "/events", owner.token(),
					Map.of("title", "Day " + day, "startsAt", tomorrow.plus(day - 1, ChronoUnit.DAYS).toString()));
		}

		var all = http.get("/api/teams/" + team + "/events", owner.token()).json();
		assertThat(all.valueStream().map(e -> e.get("title").asString())).containsExactly("Day 1", "Day 2", "Day 3");

		var window = http
			.get("/api/teams/" + team + "/events?from=" + tomorrow.plus(1, ChronoUnit.DAYS) + "&to="
					+ tomorrow.plus(2, ChronoUnit.DAYS), owner.token())
			.json();
		assertThat(window.valueStream().map(e -> e.get("title").asString())).containsExactly("Day 2");
	}

	@Test
	void rejectsInvalidEvents() {
		var owner = fixtures.user("owner");
		var stranger = fixtures.user("stranger");
		long team = fixtures.team(owner);
		String path = "/api/teams/" + team + "/events";

		assertProblem(http.post(path, owner.token(), Map.of("startsAt", tomorrow.toString())), 400, "title");
		assertProblem(http.post(path, owner.token(), Map.of("title", "No start")), 400, "startsAt");
		assertProblem(http.post(path, owner.token(), Map.of("title", "Bad date", "startsAt", "next tuesday")), 400,
				"JSON");
		assertProblem(http.post(path, owner.token(), Map.of("title", "Backwards", "startsAt", tomorrow.toString(),
				"endsAt", tomorrow.minusSeconds(60).toString())), 400, "endsAt must be after startsAt");
		assertProblem(http.post(path, owner.token(), Map.of("title", "t".repeat(201), "startsAt", tomorrow.toString())),
				400, "title");
		assertProblem(http.get(path + "?from=yesterday", owner.token()), 400, "from");
		assertProblem(http.get(path + "?from=" + tomorrow + "&to=" + tomorrow.minusSeconds(1), owner.token()), 400,
				"'to'");
		assertProblem(http.post(path, stranger.token(), Map.of("title", "Crash", "startsAt", tomorrow.toString())), 404,
				"not a member");
		assertProblem(http.get(path, stranger.token()), 404, "not a member");
	}

}
