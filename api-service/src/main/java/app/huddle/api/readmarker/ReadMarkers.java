package app.huddle.api.readmarker;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read marker rows, and the unread counts they leave; to be called inside a transaction.
 */
@Repository
class ReadMarkers {

	/**
	 * Counting stops here, so a member far behind in a long history costs no more than
	 * this many index entries; clients show it as "999+".
	 */
	static final int UNREAD_CAP = 1000;

	// Only chat.message.created counts: live messages (deleted ones leave the count) of
	// others after the marker. Edits, events and membership changes take seqs but are not
	// unread messages. ORDER BY + LIMIT make it an ordered walk of messages_unread from
	// the
	// marker that stops at the cap (a bitmap scan would first collect the whole range).
	private static final String UNREAD = """
			(SELECT count(*) FROM (SELECT 1 FROM messages msg
			 WHERE msg.team_id = m.team_id AND msg.seq > COALESCE(r.seq, 0) AND NOT msg.deleted AND msg.author_id <> m.user_id
			 ORDER BY msg.seq LIMIT %d) capped)::int AS unread"""
		.formatted(UNREAD_CAP);

	// Package-visible for the EXPLAIN checks in LongHistoryTests.
	static final String READINGS = """
			SELECT m.team_id, t.last_seq, COALESCE(r.seq, 0) AS read_seq, %s
			FROM team_members m JOIN teams t ON t.id = m.team_id
			LEFT JOIN read_markers r ON r.team_id = m.team_id AND r.user_id = m.user_id
			WHERE m.user_id = ?""".formatted(UNREAD);

	/**
	 * The count is a correlated subquery, planned before the marker is known, and the
	 * planner may then collect the whole range after the marker in a bitmap (and sort it)
	 * before the LIMIT applies; without bitmaps it walks messages_unread in seq order and
	 * stops at the cap. Holds until the transaction ends.
	 */
	static final String WALK_THE_INDEX = "SET LOCAL enable_bitmapscan = off";

	private final JdbcClient jdbc;

	ReadMarkers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member's reading of every team they belong to, by team id. */
	Map<Long, Reading> of(long userId) {
		jdbc.sql(WALK_THE_INDEX).update();
		return jdbc.sql(READINGS)
			.param(userId)
			.query((rs, row) -> Map.entry(rs.getLong("team_id"),
					new Reading(rs.getLong("last_seq"), rs.getLong("read_seq"), rs.getInt("unread"))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The member's reading of one team; empty when they are not a member of it. */
	Optional<Reading> of(long userId, long teamId) {
		jdbc.sql(WALK_THE_INDEX).update();
		return jdbc.sql(READINGS + " AND m.team_id = ?")
			.params(userId, teamId)
			.query((rs, row) -> new Reading(rs.getLong("last_seq"), rs.getLong("read_seq"), rs.getInt("unread")))
			.optional();
	}

	/**
	 * Moves the marker to {@code seq} unless it already is there or beyond; true when it
	 * moved.
	 */
	boolean moveForward(long teamId, long userId, long seq) {
		return jdbc
			.sql("""
					INSERT INTO read_markers (team_id, user_id, seq) VALUES (?, ?, ?)
					ON CONFLICT (team_id, user_id) DO UPDATE SET seq = GREATEST(read_markers.seq, EXCLUDED.seq), updated_at = now()
					WHERE read_markers.seq < EXCLUDED.seq""")
			.params(teamId, userId, seq)
			.update() == 1 && seq > 0;
	}

}
