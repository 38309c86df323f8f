package app.huddle.api.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.huddle.api.activity.TeamActivityLog;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Message rows. */
@Repository
class Messages {

	private static final String SELECT = """
			SELECT m.id, m.team_id, m.seq, m.body, m.client_id, m.created_at, m.edited_at, m.deleted, u.id AS author_id, u.username, u.display_name
			FROM messages m JOIN users u ON u.id = m.author_id
			""";

	private final JdbcClient jdbc;

	private final Reactions reactions;

	Messages(JdbcClient jdbc, Reactions reactions) {
		this.jdbc = jdbc;
		this.reactions = reactions;
	}

	/**
	 * Takes the team's next seq for the author and inserts the message with it, in one
	 * statement. Empty when the author is not a member; a {@code null} id when the author
	 * already used the clientId here: the seq is taken all the same, and the caller must
	 * roll back to keep the team's seqs without gaps.
	 */
	Optional<Insertion> insertWithNextSeq(long teamId, long authorId, String body, @Nullable String clientId,
			Instant createdAt) {
		return jdbc.sql("WITH seq AS (" + TeamActivityLog.NEXT_SEQ_FOR_MEMBER + """
				), message AS (
				    INSERT INTO messages (team_id, seq, author_id, body, client_id, created_at)
				    SELECT ?, last_seq, ?, ?, ?, ? FROM seq
				    ON CONFLICT (team_id, author_id, client_id) DO NOTHING RETURNING id)
				SELECT seq.last_seq, message.id FROM seq LEFT JOIN message ON true""")
			.params(teamId, authorId, teamId, authorId, body, clientId, java.sql.Timestamp.from(createdAt))
			.query((rs, row) -> new Insertion(rs.getLong("last_seq"), rs.getObject("id", Long.class)))
			.optional();
	}

	/** The seq a post took, and its message's id unless the clientId was used before. */
	record Insertion(long seq, @Nullable Long id) {
	}

	Optional<Message> byClientId(long teamId, long authorId, String clientId) {
		return jdbc.sql(SELECT + " WHERE m.team_id = ? AND m.author_id = ? AND m.client_id = ?")
			.params(teamId, authorId, clientId)
			.query(Messages::map)
			.optional()
			.map(this::withReactions);
	}

	Optional<Message> byId(long teamId, long id) {
		return jdbc.sql(SELECT + " WHERE m.team_id = ? AND m.id = ?")
			.params(teamId, id)
			.query(Messages::map)
			.optional()
			.map(this::withReactions);
	}

	/** A message that was not deleted; 404 otherwise, as for one that never existed. */
	Message existing(long teamId, long id) {
		return byId(teamId, id).filter(message -> !message.deleted())
			.orElseThrow(() -> HuddleException
				.notFound("Message " + id + " does not exist in team " + teamId + " or was deleted."));
	}

	void edit(long id, String body, Instant editedAt) {
		jdbc.sql("UPDATE messages SET body = ?, edited_at = ? WHERE id = ?")
			.params(body, java.sql.Timestamp.from(editedAt), id)
			.update();
	}

	/** Marks the message deleted and wipes its text. */
	void delete(long id) {
		jdbc.sql("UPDATE messages SET body = NULL, deleted = true WHERE id = ?").param(id).update();
	}

	/** The newest {@code limit} messages before the given id, oldest first. */
	List<Message> page(long teamId, @Nullable Long before, int limit) {
		List<Message> newestFirst = jdbc.sql(SELECT + " WHERE m.team_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?")
			.params(teamId, before == null ? Long.MAX_VALUE : before, limit)
			.query(Messages::map)
			.list();
		Map<Long, List<Reaction>> reactionsById = reactions.of(newestFirst.stream().map(Message::id).toList());
		List<Message> page = new ArrayList<>(newestFirst.stream()
			.map(message -> message.withReactions(reactionsById.getOrDefault(message.id(), List.of())))
			.toList());
		Collections.reverse(page);
		return page;
	}

	private Message withReactions(Message message) {
		return message.withReactions(reactions.of(List.of(message.id())).getOrDefault(message.id(), List.of()));
	}

	private static Message map(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("seq"),
				new UserRef(rs.getLong("author_id"), rs.getString("username"), rs.getString("display_name")),
				rs.getString("body"), rs.getString("client_id"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("edited_at")), rs.getBoolean("deleted"), List.of());
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
