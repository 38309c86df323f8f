package app.huddle.testsupport;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, teams, invitations and messages made through the real api-service's public API,
 * with names unique to this run.
 */
public final class Fixtures {

	public static final String PASSWORD = "correct-horse";

	private static final AtomicInteger counter = new AtomicInteger();

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private final Http http;

	public Fixtures(Http http) {
		this.http = http;
	}

	public static String uniqueName(String prefix) {
		return (prefix + "-" + RUN + "-" + counter.incrementAndGet()).toLowerCase();
	}

	/** A registered user, logged in once. */
	public User user(String prefix) {
		String username = uniqueName(prefix);
		Http.Response registered = http.post("/api/auth/register", null,
				Map.of("username", username, "password", PASSWORD));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return new User(registered.json().get("id").asLong(), username, login(username));
	}

	/** A fresh token for the user, as a second device would get. */
	public String login(String username) {
		Http.Response login = http.post("/api/auth/login", null, Map.of("username", username, "password", PASSWORD));
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		return login.json().get("token").asString();
	}

	public long team(User owner) {
		Http.Response created = http.post("/api/teams", owner.token(), Map.of("name", uniqueName("team")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A team of the owner and the members, who joined by accepting invitations. */
	public long teamWith(User owner, User... members) {
		long team = team(owner);
		for (User member : members) {
			join(team, owner, member);
		}
		return team;
	}

	/** The inviter invites the member, who accepts. */
	public void join(long team, User inviter, User member) {
		accept(member, invite(team, inviter, member));
	}

	/** Returns the id of the pending invitation. */
	public long invite(long team, User inviter, User invitee) {
		Http.Response invited = http.post("/api/teams/" + team + "/invitations", inviter.token(),
				Map.of("username", invitee.username()));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		return invited.json().get("id").asLong();
	}

	public void accept(User invitee, long invitation) {
		Http.Response accepted = http.post("/api/invitations/" + invitation + "/accept", invitee.token(), null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
	}

	/** Posts a chat message and returns it as the API answered. */
	public JsonNode post(long team, User author, String body) {
		Http.Response posted = http.post("/api/teams/" + team + "/messages", author.token(), Map.of("body", body));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		return posted.json();
	}

	/** The highest seq the team's activity log holds now. */
	public long lastSeq(long team, User member) {
		Http.Response activity = http.get("/api/teams/" + team + "/activity?after=0&limit=500", member.token());
		assertThat(activity.status()).as(activity.body()).isEqualTo(200);
		long last = 0;
		for (JsonNode envelope : activity.json()) {
			last = Math.max(last, envelope.get("seq").asLong());
		}
		return last;
	}

	/** A user with the token of their first login. */
	public record User(long id, String username, String token) {
	}

}
