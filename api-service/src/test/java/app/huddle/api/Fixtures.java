package app.huddle.api;

import app.huddle.testsupport.Http;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates users and teams through the public API, with names unique to this run. */
public final class Fixtures {

	private static final AtomicInteger counter = new AtomicInteger();

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private final Http http;

	public Fixtures(Http http) {
		this.http = http;
	}

	public static String uniqueName(String prefix) {
		return (prefix + "-" + RUN + "-" + counter.incrementAndGet()).toLowerCase();
	}

	public User user(String prefix) {
		String username = uniqueName(prefix);
		Http.Response registered = http.post("/api/auth/register", null,
				Map.of("username", username, "password", "correct-horse"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		Http.Response login = http.post("/api/auth/login", null,
				Map.of("username", username, "password", "correct-horse"));
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		return new User(registered.json().get("id").asLong(), username, login.json().get("token").asString());
	}

	public long team(User owner) {
		Http.Response created = http.post("/api/teams", owner.token(), Map.of("name", uniqueName("team")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/**
	 * A team with the owner and one more member, who joined by accepting an invitation.
	 */
	public long teamWith(User owner, User member) {
		long team = team(owner);
		join(team, owner, member);
		return team;
	}

	public void join(long team, User inviter, User member) {
		Http.Response invited = http.post("/api/teams/" + team + "/invitations", inviter.token(),
				Map.of("username", member.username()));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		Http.Response accepted = http.post("/api/invitations/" + invited.json().get("id").asLong() + "/accept",
				member.token(), null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
	}

	public record User(long id, String username, String token) {
	}

}
