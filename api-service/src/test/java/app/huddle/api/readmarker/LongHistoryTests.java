package app.huddle.api.readmarker;

import java.util.Map;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team with 100,000 messages opens as a team with 10 does: unread counts and history
 * pages are ordered index walks that stop after the cap or the page (checked on the query
 * plans, not on timings, which would flake), and the pages are right at both ends.
 */
class LongHistoryTests extends ApiTests {

	private static final int MESSAGES = 100_000;

	// The query of Messages.page (chat), with the parameters the history endpoint binds.
	private static final String HISTORY_PAGE = """
			SELECT m.id, m.team_id, m.seq, m.body, m.client_id, m.created_at, m.edited_at, m.deleted, u.id AS author_id, u.username, u.display_name
			FROM messages m JOIN users u ON u.id = m.author_id
			WHERE m.team_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?""";

	/** Seq 1 and 2 are the members joining, then the messages. */
	private static final long LAST = MESSAGES + 2;

	@Autowired
	JdbcClient jdbc;

	private static User alice;

	private static User bob;

	/** The long team, and a small one whose ten messages are older than all of its. */
	private static long team;

	private static long small;

	@BeforeEach
	void longTeam() {
		if (team != 0) {
			return;
		}
		alice = fixtures.user("alice");
		bob = fixtures.user("bob");
		small = fixtures.teamWith(bob, alice);
		for (int i = 1; i <= 10; i++) {
			fixtures.post(small, bob, "small " + i);
		}
		long longTeam = fixtures.teamWith(bob, alice);
		jdbc.sql("""
				INSERT INTO messages (team_id, seq, author_id, body, created_at)
				SELECT ?, g, ?, 'message ' || g, now() - (? - g) * interval '1 second' FROM generate_series(3, ?) g""")
			.params(longTeam, bob.id(), LAST, LAST)
			.update();
		jdbc.sql("UPDATE teams SET last_seq = ? WHERE id = ?").params(LAST, longTeam).update();
		// As autovacuum would by now: statistics, and the visibility map index-only scans
		// rely on.
		jdbc.sql("VACUUM ANALYZE messages").update();
		team = longTeam;
	}

	@Autowired
	PlatformTransactionManager transactionManager;

	private String plan(String sql, Object... params) {
		return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list());
	}

	/** The plan of an unread count, with the setting ReadMarkers counts under. */
	private String unreadPlan(String sql, Object... params) {
		return new TransactionTemplate(transactionManager).execute(status -> {
			jdbc.sql(ReadMarkers.WALK_THE_INDEX).update();
			return plan(sql, params);
		});
	}

	private int unreadOfAlice() {
		return http.get("/api/teams", alice.token())
			.json()
			.valueStream()
			.filter(t -> t.get("id").asLong() == team)
			.findFirst()
			.orElseThrow()
			.get("unread")
			.asInt();
	}

	@Test
	void unreadCountsStopAtTheCapAndWalkOnlyTheUnreadRange() {
		assertThat(unreadOfAlice()).isEqualTo(ReadMarkers.UNREAD_CAP);
		assertThat(unreadPlan(ReadMarkers.READINGS + " AND m.team_id = ?", alice.id(), team)).contains("Limit")
			.containsPattern("Index (Only )?Scan using messages_unread on messages")
			.doesNotContain("Bitmap")
			.doesNotContain("Seq Scan on messages");

		http.send("PUT", "/api/teams/" + team + "/read", alice.token(), Map.of("seq", LAST - 12), Map.of());

		assertThat(unreadOfAlice()).isEqualTo(12);
		assertThat(unreadPlan(ReadMarkers.READINGS, alice.id()))
			.containsPattern("Index (Only )?Scan using messages_unread on messages")
			.doesNotContain("Bitmap")
			.doesNotContain("Seq Scan on messages");
	}

	@Test
	void historyPagesAreIndexWalksAndExactAtBothEnds() {
		long oldest = jdbc.sql("SELECT min(id) FROM messages WHERE team_id = ?").param(team).query(Long.class).single();

		JsonNode newest = http.get("/api/teams/" + team + "/messages?limit=50", alice.token()).json();
		assertThat(newest).hasSize(50);
		assertThat(newest.get(49).get("seq").asLong()).isEqualTo(LAST);
		assertThat(newest.get(0).get("seq").asLong()).isEqualTo(LAST - 49);

		JsonNode older = http
			.get("/api/teams/" + team + "/messages?limit=50&before=" + newest.get(0).get("id").asLong(), alice.token())
			.json();
		assertThat(older).hasSize(50);
		assertThat(older.get(49).get("seq").asLong()).as("no gap and no overlap between pages").isEqualTo(LAST - 50);

		JsonNode first = http.get("/api/teams/" + team + "/messages?limit=50&before=" + (oldest + 1), alice.token())
			.json();
		assertThat(first).hasSize(1);
		assertThat(first.get(0).get("body").asString()).isEqualTo("message 3");
		assertThat(http.get("/api/teams/" + team + "/messages?limit=50&before=" + oldest, alice.token()).json())
			.isEmpty();

		for (long before : new long[] { Long.MAX_VALUE, oldest + 1_000 }) {
			assertThat(plan(HISTORY_PAGE, team, before, 50)).contains("Limit")
				.contains("Index Scan Backward using messages_")
				.doesNotContain("Sort")
				.doesNotContain("Seq Scan on messages");
		}
		// The small team's ten messages lie behind the long team's 100,000 in id order.
		// An
		// index led by team_id reaches them without walking past the others; which one,
		// and
		// whether it sorts the dozen rows after, is the planner's choice on the
		// statistics of
		// the day, so only the index condition is checked.
		assertThat(plan(HISTORY_PAGE, small, Long.MAX_VALUE, 50)).containsPattern("Index Cond: \\(+team_id = ")
			.doesNotContain("Seq Scan on messages")
			.doesNotContain("Index Scan Backward using messages_pkey");
		JsonNode smallPage = http.get("/api/teams/" + small + "/messages?limit=50", alice.token()).json();
		assertThat(smallPage.valueStream().map(m -> m.get("body").asString())).hasSize(10)
			.startsWith("small 1")
			.endsWith("small 10");
	}

}
