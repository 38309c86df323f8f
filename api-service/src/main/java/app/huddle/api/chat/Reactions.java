package app.huddle.api.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.huddle.api.shared.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reaction rows: one per (message, emoji, member). */
@Repository
class Reactions {

	private final JdbcClient jdbc;

	Reactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the member had already reacted so. */
	boolean add(long messageId, long userId, String emoji, Instant at) {
		return jdbc.sql("""
				INSERT INTO message_reactions (message_id, user_id, emoji, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(messageId, userId, emoji, java.sql.Timestamp.from(at)).update() == 1;
	}

	/** False when there was no such reaction. */
	boolean remove(long messageId, long userId, String emoji) {
		return jdbc.sql("DELETE FROM message_reactions WHERE message_id = ? AND user_id = ? AND emoji = ?")
			.params(messageId, userId, emoji)
			.update() == 1;
	}

	void removeAll(long messageId) {
		jdbc.sql("DELETE FROM message_reactions WHERE message_id = ?").param(messageId).update();
	}

	/**
	 * The reactions to each of the given messages: emoji in the order they were first
	 * used, and their members in the order they reacted.
	 */
	Map<Long, List<Reaction>> of(Collection<Long> messageIds) {
		if (messageIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<String, List<UserRef>>> grouped = new HashMap<>();
		jdbc.sql("""
				SELECT r.message_id, r.emoji, u.id, u.username, u.display_name
				FROM message_reactions r JOIN users u ON u.id = r.user_id
				WHERE r.message_id = ANY (?)
				ORDER BY r.message_id,
					min(r.created_at) OVER (PARTITION BY r.message_id, r.emoji), r.emoji, r.created_at, u.id""")
			.param(messageIds.toArray(Long[]::new))
			.query((rs, row) -> grouped.computeIfAbsent(rs.getLong("message_id"), id -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString("emoji"), emoji -> new ArrayList<>())
				.add(new UserRef(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"))))
			.list();
		Map<Long, List<Reaction>> reactions = new HashMap<>();
		grouped.forEach((id, byEmoji) -> reactions.put(id,
				byEmoji.entrySet()
					.stream()
					.map(entry -> new Reaction(entry.getKey(), entry.getValue().size(), List.copyOf(entry.getValue())))
					.toList()));
		return reactions;
	}

}
