package app.huddle.api;

import java.util.Map;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs a black-box probe answered with 500 (issue 12): each must be a 400 or 404
 * problem that says what is wrong, and must store nothing.
 */
class HostileInputTests extends ApiTests {

	private static final String NUL = "a\u0000b";

	@Test
	void aNulCharacterInAnyTextIsABadRequest() {
		var owner = fixtures.user("nul");
		long team = fixtures.team(owner);

		assertProblem(http.post("/api/auth/login", null, Map.of("username", NUL, "password", "whatever12")), 400,
				"U+0000");
		assertProblem(
				http.post("/api/auth/register", null,
						Map.of("username", Fixtures.uniqueName("n"), "password", "long-enough", "displayName", NUL)),
				400, "U+0000");
		assertProblem(http.post("/api/teams", owner.token(), Map.of("name", NUL)), 400, "U+0000");
		assertProblem(http.post("/api/teams/" + team + "/messages", owner.token(), Map.of("body", NUL)), 400, "U+0000");
		assertProblem(http.post("/api/teams/" + team + "/invitations", owner.token(), Map.of("username", NUL)), 400,
				"U+0000");

		assertThat(fixtures.lastSeq(team, owner)).as("nothing was posted").isEqualTo(1);
	}

	@Test
	void aPasswordLongerThanTheHashTakesIsABadRequest() {
		String name = Fixtures.uniqueName("pw");
		String twoHundredBytes = "é".repeat(100);

		assertProblem(http.post("/api/auth/register", null, Map.of("username", name, "password", twoHundredBytes)), 400,
				"72 bytes");
		assertProblem(http.post("/api/auth/register", null, Map.of("username", name, "password", "A".repeat(88))), 400,
				"72 bytes");
		assertProblem(http.post("/api/auth/login", null, Map.of("username", name, "password", twoHundredBytes)), 400,
				"72 bytes");
		assertThat(http.post("/api/auth/register", null, Map.of("username", name, "password", "é".repeat(36))).status())
			.as("36 two-byte characters are exactly 72 bytes")
			.isEqualTo(201);
	}

	@Test
	void aBodyThatIsMissingOrOfTheWrongShapeIsDescribedWithoutInternalNames() {
		var owner = fixtures.user("shape");
		long team = fixtures.team(owner);
		String messages = "/api/teams/" + team + "/messages";

		Map<String, String> json = Map.of("Content-Type", "application/json");
		assertProblem(http.send("POST", messages, owner.token(), null, json), 400, "JSON body is required");
		assertProblem(http.post(messages, owner.token(), "[]"), 400, "expected shape");
		assertProblem(http.post(messages, owner.token(), "{\"body\": {\"x\": 1}}"), 400, "'body'");
		assertProblem(http.post(messages, owner.token(), "{\"body\": "), 400, "not valid JSON");
		for (String body : new String[] { null, "[]", "{\"body\": {\"x\": 1}}", "{\"body\": " }) {
			assertThat(http.send("POST", messages, owner.token(), body, json).json().get("detail").asString())
				.doesNotContain("app.huddle", "ResponseEntity", "`", "Cannot deserialize");
		}
	}

	@Test
	void aCrossOriginStateChangeMayNotRideOnTheSessionCookie() {
		var user = fixtures.user("csrf");
		Map<String, String> evilForm = Map.of("Cookie", "HUDDLE_SESSION=" + user.token(), "Origin",
				"http://evil.example", "Content-Type", "application/x-www-form-urlencoded");
		assertProblem(http.send("POST", "/api/auth/logout", null, "a=b", evilForm), 403, "another origin");
		assertProblem(
				http.send("POST", "/api/teams", null, "{\"name\":\"x\"}",
						Map.of("Cookie", "HUDDLE_SESSION=" + user.token(), "Sec-Fetch-Site", "same-site")),
				403, "another origin");
		assertThat(http.get("/api/me", user.token()).status()).as("still signed in").isEqualTo(200);

		assertThat(http
			.send("POST", "/api/teams", user.token(), Map.of("name", "Bearer from anywhere"),
					Map.of("Origin", "http://evil.example"))
			.status()).isEqualTo(201);
		assertThat(http
			.send("POST", "/api/teams", null, Map.of("name", "Own origin"),
					Map.of("Cookie", "HUDDLE_SESSION=" + user.token(), "Origin", "http://127.0.0.1:" + port))
			.status()).isEqualTo(201);
	}

	@Test
	void malformedPathsAnswerProblemJson() {
		var user = fixtures.user("path");
		for (String path : new String[] { "/api/teams/1;x=y", "/api/teams/%2e%2e", "/api/%00", "/api/teams/%2F",
				"/api/teams/1//members" }) {
			Http.Response response = http.get(path, user.token());
			assertThat(response.status()).as(path + ": " + response.body()).isBetween(400, 404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
		}
		assertThat(http.get("/api/me", null).contentType()).as("401")
			.isEqualTo("application/problem+json;charset=UTF-8");
	}

	@Test
	void removingAMemberOfATeamThatDoesNotExistIsNotFound() {
		var user = fixtures.user("ghost");
		assertProblem(http.delete("/api/teams/999999999/members/" + user.id(), user.token()), 404, "999999999");
	}

}
