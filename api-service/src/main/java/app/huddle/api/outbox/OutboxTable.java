package app.huddle.api.outbox;

import java.util.Arrays;

import app.huddle.api.shared.OutboxEntry;

/**
 * The two tables whose unpublished rows make up the outbox, and where each one's rows go.
 */
enum OutboxTable {

	TEAM_ACTIVITIES(OutboxEntry.Audience.TEAM, "team_activities", "team_id", Exchanges.TEAMS, "team"),

	NOTIFICATIONS(OutboxEntry.Audience.USER, "notifications", "user_id", Exchanges.USERS, "user");

	final OutboxEntry.Audience audience;

	final String table;

	final String audienceColumn;

	final String exchange;

	final String routingPrefix;

	OutboxTable(OutboxEntry.Audience audience, String table, String audienceColumn, String exchange,
			String routingPrefix) {
		this.audience = audience;
		this.table = table;
		this.audienceColumn = audienceColumn;
		this.exchange = exchange;
		this.routingPrefix = routingPrefix;
	}

	static OutboxTable of(OutboxEntry.Audience audience) {
		return Arrays.stream(values())
			.filter(table -> table.audience == audience)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No outbox table for " + audience));
	}

	String routingKey(long audience, String type) {
		return routingPrefix + "." + audience + "." + type;
	}

}
