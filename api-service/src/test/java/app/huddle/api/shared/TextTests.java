package app.huddle.api.shared;

import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is normalised or refused the same way everywhere, and what a 201 echoes is what
 * later reads return (issue 12).
 */
class TextTests extends ApiTests {

	/** "é" written as e + combining accent, an Ångström sign, padding and an emoji. */
	private static final String SENT = "  Cafe\u0301 \u212B \uD83D\uDE00  ";

	private static final String STORED = "Café Å \uD83D\uDE00";

	@Test
	void whatA201EchoesIsWhatIsStored() {
		var owner = fixtures.user("text");
		Http.Response team = http.post("/api/teams", owner.token(), Map.of("name", SENT, "description", SENT));
		assertThat(team.status()).as(team.body()).isEqualTo(201);
		assertThat(team.json().get("name").asString()).isEqualTo(STORED);
		assertThat(team.json().get("description").asString()).isEqualTo(STORED);
		long teamId = team.json().get("id").asLong();
		JsonNode listed = find(http.get("/api/teams", owner.token()).json(), "id", teamId);
		assertThat(listed.get("name").asString()).isEqualTo(STORED);
		assertThat(listed.get("description").asString()).isEqualTo(STORED);

		Http.Response message = http.post("/api/teams/" + teamId + "/messages", owner.token(),
				Map.of("body", SENT + "\n\tsecond line"));
		assertThat(message.status()).as(message.body()).isEqualTo(201);
		String body = message.json().get("body").asString();
		assertThat(body).isEqualTo(STORED + "  \n\tsecond line");
		assertThat(http.get("/api/teams/" + teamId + "/messages", owner.token()).json().get(0).get("body").asString())
			.isEqualTo(body);

		Http.Response event = http.post("/api/teams/" + teamId + "/events", owner.token(), Map.of("title", SENT,
				"startsAt", "2030-01-01T10:00:00Z", "location", SENT, "description", SENT + "\nmore"));
		assertThat(event.status()).as(event.body()).isEqualTo(201);
		assertThat(event.json().get("title").asString()).isEqualTo(STORED);
		assertThat(event.json().get("location").asString()).isEqualTo(STORED);
		JsonNode stored = find(http
			.get("/api/teams/" + teamId + "/events?from=2029-12-31T00:00:00Z&to=2030-01-02T00:00:00Z", owner.token())
			.json(), "id", event.json().get("id").asLong());
		assertThat(stored.get("title").asString()).isEqualTo(STORED);
		assertThat(stored.get("location").asString()).isEqualTo(STORED);
		assertThat(stored.get("description").asString()).isEqualTo(event.json().get("description").asString());

		String name = Fixtures.uniqueName("shown");
		Http.Response registered = http.post("/api/auth/register", null,
				Map.of("username", name, "password", Fixtures.PASSWORD, "displayName", SENT));
		assertThat(registered.json().get("displayName").asString()).isEqualTo(STORED);
		String token = fixtures.login(name);
		assertThat(http.get("/api/me", token).json().get("displayName").asString()).isEqualTo(STORED);
	}

	@Test
	void controlCharactersAndUnpairedSurrogatesAreRefusedAndNothingIsStored() {
		var owner = fixtures.user("ctl");
		long team = fixtures.team(owner);
		String messages = "/api/teams/" + team + "/messages";

		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", "two\nlines")), 400, "one line");
		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", "bell\u0007")), 400, "control characters");
		assertProblem(http.post(messages, owner.token(), Map.of("body", "escape \u001B[31m red")), 400,
				"control characters");
		assertProblem(http.post(messages, owner.token(), "{\"body\": \"half \\ud83d an emoji\"}"), 400,
				"unpaired surrogates");
		assertProblem(http.post(messages, owner.token(), "{\"body\": \"\\udc00 alone\"}"), 400, "unpaired surrogates");
		assertProblem(http.post("/api/teams/" + team + "/events", owner.token(),
				Map.of("title", "a\u2028b", "startsAt", "2030-01-01T10:00:00Z")), 400, "one line");
		assertProblem(http.post("/api/auth/register", null, Map.of("username", Fixtures.uniqueName("c"), "password",
				Fixtures.PASSWORD, "displayName", "tab\there")), 400, "one line");

		assertThat(fixtures.lastSeq(team, owner)).as("nothing was posted").isEqualTo(1);
		assertThat(http.get("/api/teams/" + team + "/events", owner.token()).json()).isEmpty();
	}

	private static JsonNode find(JsonNode array, String field, long value) {
		for (JsonNode item : array) {
			if (item.get(field).asLong() == value) {
				return item;
			}
		}
		throw new AssertionError("no item with " + field + " = " + value + " in " + array);
	}

}
