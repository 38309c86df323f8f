package app.huddle.api.chat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.huddle.api.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code @username} mentions of messages. A row per (message, member) notified, so a
 * member is told of a message once, however often it is edited.
 */
@Repository
class Mentions {

	/**
	 * '@' not inside a word or an e-mail address, then a name; any letters, as usernames
	 * are compared in their stored (lower-case, compatibility) form.
	 */
	private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}_.-]{3,64})");

	private final JdbcClient jdbc;

	Mentions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The usernames a text may mention; "@bob." at the end of a sentence names bob (or a
	 * user named "bob.", should one exist).
	 */
	static Set<String> names(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			String name = Objects.requireNonNull(Text.username(matcher.group(1)));
			names.add(name);
			names.add(name.replaceAll("[.-]+$", ""));
		}
		return names;
	}

	/**
	 * Records the mentions of current members of the team other than the author that the
	 * message did not already have; answers the ids of the members newly mentioned.
	 */
	List<Long> recordNew(long teamId, long messageId, long authorId, Set<String> names, Instant at) {
		if (names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				INSERT INTO message_mentions (message_id, user_id, created_at)
				SELECT ?, u.id, ? FROM team_members m JOIN users u ON u.id = m.user_id
				WHERE m.team_id = ? AND u.id <> ? AND u.username = ANY (?)
				ORDER BY u.id
				ON CONFLICT DO NOTHING RETURNING user_id""")
			.params(messageId, java.sql.Timestamp.from(at), teamId, authorId, names.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/** The members told of the message. */
	List<Long> notified(long messageId) {
		return jdbc.sql("SELECT user_id FROM message_mentions WHERE message_id = ?")
			.param(messageId)
			.query(Long.class)
			.list();
	}

	String teamName(long teamId) {
		return jdbc.sql("SELECT name FROM teams WHERE id = ?").param(teamId).query(String.class).single();
	}

}
