package app.huddle.api.fuzz;

import java.util.List;

import app.huddle.api.HuddleApiApplication;
import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import app.huddle.testsupport.TestServersConfiguration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real api-service (in this JVM, on a free port, against the test PostgreSQL and
 * RabbitMQ) and the rows the fuzzed requests aim at: an owner with a team holding a
 * message, an event and a pending invitation, and a stranger to that team.
 */
final class FuzzTarget implements AutoCloseable {

	/**
	 * Every table a request may write, as counts, highest ids and content hashes;
	 * reminders are left out, as the scheduler writes them whenever an event it made
	 * comes due.
	 */
	private static final String SNAPSHOT = """
			SELECT (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM users t)
			    || ' teams ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM teams t)
			    || ' members ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM team_members t)
			    || ' invitations ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM invitations t)
			    || ' notifications ' || (SELECT count(*) || '/' || coalesce(sum(hashtext((id, read_at)::text)::bigint), 0) FROM notifications WHERE type <> 'event.reminder')
			    || ' messages ' || (SELECT count(*) || '/' || coalesce(max(id), 0) FROM messages)
			    || ' events ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM team_events t)
			    || ' rsvps ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM event_rsvps t)
			    || ' activities ' || (SELECT count(*) || '/' || coalesce(max(id), 0) FROM team_activities)
			    || ' reminder preferences ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM reminder_preferences t)
			    || ' calendar feeds ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM calendar_feeds t)
			    || ' reactions ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM message_reactions t)
			    || ' mentions ' || (SELECT count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM message_mentions t)
			""";

	final ConfigurableApplicationContext context;

	final int port;

	final Http http;

	final RawHttp raw;

	final Fixtures fixtures;

	final List<Operation> operations;

	private final JdbcClient jdbc;

	Fixtures.User owner;

	final Fixtures.User stranger;

	long team;

	final long strangersTeam;

	long invitation;

	long message;

	long event;

	FuzzTarget() {
		context = new SpringApplicationBuilder(HuddleApiApplication.class, TestServersConfiguration.class)
			.properties("server.port=0", "spring.main.banner-mode=off")
			// The suite remakes the owner's team whenever a try took it away, hundreds of
			// writes an hour from one user; WriteLimitTests covers the limits themselves.
			// Arguments, since application.yml outranks the builder's default properties.
			.run("--huddle.api.limits.messages.count=1000000", "--huddle.api.limits.teams.count=1000000",
					"--huddle.api.limits.invitations.count=1000000", "--huddle.api.limits.events.count=1000000");
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
		jdbc = context.getBean(JdbcClient.class);
		http = new Http(port);
		raw = new RawHttp(port);
		fixtures = new Fixtures(http);
		Http.Response document = http.get("/api/docs/openapi.json", null);
		assertThat(document.status()).as(document.body()).isEqualTo(200);
		operations = Operation.all(document.json());
		assertThat(operations).as("operations in the live OpenAPI document").hasSizeGreaterThan(15);
		owner = fixtures.user("fuzz-owner");
		stranger = fixtures.user("fuzz-stranger");
		strangersTeam = fixtures.team(stranger);
		populate();
	}

	/** A team of the owner with a message, an event and a pending invitation. */
	private void populate() {
		team = fixtures.team(owner);
		message = fixtures.post(team, owner, "hello").get("id").asLong();
		event = plan();
		invitation = fixtures.invite(team, owner, stranger);
	}

	private long plan() {
		Http.Response event = http.post("/api/teams/" + team + "/events", owner.token(),
				java.util.Map.of("title", "Kick-off", "startsAt", "2027-01-01T10:00:00Z"));
		assertThat(event.status()).as(event.body()).isEqualTo(201);
		return event.json().get("id").asLong();
	}

	String snapshot() {
		return jdbc.sql(SNAPSHOT).query(String.class).single();
	}

	/**
	 * Puts back what an accepted request took away: the owner's session after a logout,
	 * the owner's team after the owner left it, the team's message after it was deleted,
	 * its event after it was cancelled.
	 */
	void repair() {
		if (http.get("/api/me", owner.token()).status() != 200) {
			owner = new Fixtures.User(owner.id(), owner.username(), fixtures.login(owner.username()));
		}
		if (http.get("/api/teams/" + team, owner.token()).status() != 200
				|| http.get("/api/invitations", stranger.token()).body().indexOf("\"id\":" + invitation) < 0) {
			populate();
		}
		if (jdbc.sql("SELECT deleted FROM messages WHERE id = ?").param(message).query(Boolean.class).single()) {
			message = fixtures.post(team, owner, "hello").get("id").asLong();
		}
		if (jdbc.sql("SELECT cancelled_at IS NOT NULL FROM team_events WHERE id = ?")
			.param(event)
			.query(Boolean.class)
			.single()) {
			event = plan();
		}
	}

	boolean healthy() {
		return http.get("/actuator/health/liveness", null).status() == 200;
	}

	@Override
	public void close() {
		context.close();
	}

}
