package app.huddle.api.outbox;

import java.util.Arrays;

import app.huddle.api.shared.Audience;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.OutboxEntry;

import org.jspecify.annotations.Nullable;

/**
 * The tables whose unpublished rows make up the outbox, and whom each one's rows are for
 * ({@link ExchangeNames#of} names the exchange). {@code session_endings} and
 * {@code personal_signals} are outboxes only, not records: their rows are deleted once
 * published.
 */
enum OutboxTable {

	TEAM_ACTIVITIES(Audience.TEAM, "team_activities", "team_id", null),

	SESSION_ENDINGS(Audience.USER, "session_endings", "user_id", EventType.SESSION_ENDED),

	PERSONAL_SIGNALS(Audience.USER, "personal_signals", "user_id", EventType.READ_MARKER_MOVED),

	NOTIFICATIONS(Audience.USER, "notifications", "user_id", null);

	final Audience audience;

	final String table;

	final String audienceColumn;

	/** The one type this table holds, or null for every other type of its audience. */
	private final @Nullable EventType only;

	OutboxTable(Audience audience, String table, String audienceColumn, @Nullable EventType only) {
		this.audience = audience;
		this.table = table;
		this.audienceColumn = audienceColumn;
		this.only = only;
	}

	/** The table an entry was written to, by its audience and type. */
	static OutboxTable of(OutboxEntry entry) {
		return Arrays.stream(values())
			.filter(table -> table.audience == entry.audience()
					&& (table.only == null || table.only.type().equals(entry.type())))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No outbox table for " + entry.audience()));
	}

	/** Whether published rows stay (as the activity log and the inbox) or are deleted. */
	boolean keepsPublished() {
		return this != SESSION_ENDINGS && this != PERSONAL_SIGNALS;
	}

	String routingKey(long audienceId, String type) {
		return audience.routingKey(audienceId, type);
	}

}
