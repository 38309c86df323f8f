package app.huddle.api.outbox;

/**
 * The two tables whose unpublished rows make up the outbox, and where each one's rows go.
 */
enum OutboxTable {

	TEAM_ACTIVITIES("team_activities", "team_id", Exchanges.TEAMS, "team"),

	NOTIFICATIONS("notifications", "user_id", Exchanges.USERS, "user");

	final String table;

	final String audienceColumn;

	final String exchange;

	final String routingPrefix;

	OutboxTable(String table, String audienceColumn, String exchange, String routingPrefix) {
		this.table = table;
		this.audienceColumn = audienceColumn;
		this.exchange = exchange;
		this.routingPrefix = routingPrefix;
	}

	String routingKey(long audience, String type) {
		return routingPrefix + "." + audience + "." + type;
	}

}
