package app.huddle.api.outbox;

import java.util.Arrays;

import app.huddle.api.shared.Audience;

/**
 * The two tables whose unpublished rows make up the outbox, and whom each one's rows are
 * for ({@link ExchangeNames#of} names the exchange).
 */
enum OutboxTable {

	TEAM_ACTIVITIES(Audience.TEAM, "team_activities", "team_id"),

	NOTIFICATIONS(Audience.USER, "notifications", "user_id");

	final Audience audience;

	final String table;

	final String audienceColumn;

	OutboxTable(Audience audience, String table, String audienceColumn) {
		this.audience = audience;
		this.table = table;
		this.audienceColumn = audienceColumn;
	}

	static OutboxTable of(Audience audience) {
		return Arrays.stream(values())
			.filter(table -> table.audience == audience)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No outbox table for " + audience));
	}

	String routingKey(long audienceId, String type) {
		return audience.routingKey(audienceId, type);
	}

}
