package app.huddle.api.auth;

import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that look alike through case or Unicode compatibility forms are one name (issue
 * 12): nobody can register a second "alice", and every way of writing it finds the same
 * account.
 */
class UsernameTests extends ApiTests {

	@Test
	void lookAlikeNamesAreOneName() {
		String name = Fixtures.uniqueName("look.alike");
		String upper = name.toUpperCase();
		String fullwidth = fullwidth(name);

		Http.Response registered = http.post("/api/auth/register", null,
				Map.of("username", upper, "password", Fixtures.PASSWORD));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("username").asString()).isEqualTo(name);

		assertProblem(http.post("/api/auth/register", null, Map.of("username", name, "password", Fixtures.PASSWORD)),
				409, "taken");
		assertProblem(
				http.post("/api/auth/register", null, Map.of("username", fullwidth, "password", Fixtures.PASSWORD)),
				409, "taken");

		for (String spelling : new String[] { name, upper, fullwidth }) {
			Http.Response login = http.post("/api/auth/login", null,
					Map.of("username", spelling, "password", Fixtures.PASSWORD));
			assertThat(login.status()).as(spelling + ": " + login.body()).isEqualTo(200);
			assertThat(login.json().get("user").get("username").asString()).isEqualTo(name);
		}

		var owner = fixtures.user("inviter");
		long team = fixtures.team(owner);
		Http.Response invited = http.post("/api/teams/" + team + "/invitations", owner.token(),
				Map.of("username", fullwidth));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		assertThat(invited.body()).contains("\"" + name + "\"");
	}

	@Test
	void theKelvinSignIsTheLetterK() {
		String name = Fixtures.uniqueName("kelvin");
		Http.Response registered = http.post("/api/auth/register", null,
				Map.of("username", name.replace("k", "\u212A"), "password", Fixtures.PASSWORD));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("username").asString()).isEqualTo(name);
	}

	private static String fullwidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		ascii.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
		return wide.toString();
	}

}
