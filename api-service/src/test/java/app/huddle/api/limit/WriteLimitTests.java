package app.huddle.api.limit;

import java.util.Map;

import app.huddle.api.Replicas;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each user may make only so many writes of each kind, counted across both replicas
 * (issue 12): beyond that a 429 problem says how long to wait, in words and in
 * Retry-After, and nothing is stored.
 */
class WriteLimitTests {

	private static final Replicas replicas = new Replicas();

	private static Http first;

	private static Http second;

	@BeforeAll
	static void startTwoReplicasWithSmallLimits() {
		String[] limits = { "huddle.api.limits.messages.count=4", "huddle.api.limits.messages.per=1h",
				"huddle.api.limits.teams.count=3", "huddle.api.limits.invitations.count=2",
				"huddle.api.limits.events.count=2" };
		first = new Http(replicas.start(limits));
		second = new Http(replicas.start(limits));
	}

	@AfterAll
	static void stop() {
		replicas.close();
	}

	@Test
	void messagesBeyondTheLimitAreRefusedOnEveryReplica() {
		Fixtures fixtures = new Fixtures(first);
		var author = fixtures.user("chatty");
		long team = fixtures.team(author);
		String messages = "/api/teams/" + team + "/messages";

		for (int i = 1; i <= 4; i++) {
			Http replica = i % 2 == 0 ? second : first;
			assertThat(replica.post(messages, author.token(), Map.of("body", "m" + i)).status()).isEqualTo(201);
		}
		assertTooMany(first.post(messages, author.token(), Map.of("body", "five")), "at most 4 messages per hour");
		assertTooMany(second.post(messages, author.token(), Map.of("body", "five")), "at most 4 messages per hour");
		assertThat(fixtures.lastSeq(team, author)).as("team created + 4 messages, nothing more").isEqualTo(5);

		var other = fixtures.user("quiet");
		fixtures.join(team, author, other);
		assertThat(second.post(messages, other.token(), Map.of("body", "my own budget")).status())
			.as("the limit is per user")
			.isEqualTo(201);
	}

	@Test
	void teamsInvitationsAndEventsHaveLimitsToo() {
		Fixtures fixtures = new Fixtures(second);
		var owner = fixtures.user("founder");
		long team = fixtures.team(owner);
		fixtures.team(owner);
		fixtures.team(owner);
		assertTooMany(first.post("/api/teams", owner.token(), Map.of("name", "fourth")), "at most 3 teams per hour");

		String invitations = "/api/teams/" + team + "/invitations";
		for (int i = 0; i < 2; i++) {
			var invitee = fixtures.user("invitee");
			assertThat(first.post(invitations, owner.token(), Map.of("username", invitee.username())).status())
				.isEqualTo(201);
		}
		var third = fixtures.user("invitee");
		assertTooMany(second.post(invitations, owner.token(), Map.of("username", third.username())),
				"at most 2 invitations per hour");

		String events = "/api/teams/" + team + "/events";
		Map<String, String> event = Map.of("title", "Stand-up", "startsAt", "2030-01-01T09:00:00Z");
		assertThat(first.post(events, owner.token(), event).status()).isEqualTo(201);
		assertThat(second.post(events, owner.token(), event).status()).isEqualTo(201);
		assertTooMany(first.post(events, owner.token(), event), "at most 2 events per hour");
		assertThat(first.get(events + "?from=2029-12-31T00:00:00Z&to=2030-01-02T00:00:00Z", owner.token()).json())
			.hasSize(2);
	}

	private static void assertTooMany(Http.Response response, String rule) {
		assertThat(response.status()).as(response.body()).isEqualTo(429);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(rule).contains("try again in");
		long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isPositive().isLessThanOrEqualTo(3600);
	}

}
