package app.huddle.api.outbox;

import java.util.Arrays;

import app.huddle.api.shared.Audience;

/**
 * The two tables whose unpublished rows make up the outbox, and where each one's rows go.
 */
enum OutboxTable {

	TEAM_ACTIVITIES(Audience.TEAM, "team_activities", "team_id", Exchanges.TEAMS),

	NOTIFICATIONS(Audience.USER, "notifications", "user_id", Exchanges.USERS);

	final Audience audience;

	final String table;

	final String audienceColumn;

	final String exchange;

	OutboxTable(Audience audience, String table, String audienceColumn, String exchange) {
		this.audience = audience;
		this.table = table;
		this.audienceColumn = audienceColumn;
		this.exchange = exchange;
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
