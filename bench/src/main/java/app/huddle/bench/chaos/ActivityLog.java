package app.huddle.bench.chaos;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * One team's activity log as the server stores it ({@code GET /api/teams/{id}/activity}):
 * envelope id by seq, and how many stored messages carry each {@code clientId}.
 */
record ActivityLog(TreeMap<Long, String> ids, Map<String, Integer> messagesByClientId) {

	private static final int PAGE = 500;

	static ActivityLog read(Requests requests, long teamId, String token) {
		TreeMap<Long, String> ids = new TreeMap<>();
		Map<String, Integer> byClientId = new HashMap<>();
		long after = 0;
		while (true) {
			String path = "/api/teams/%d/activity?after=%d&limit=%d".formatted(teamId, after, PAGE);
			ClientRetry.Result result = ClientRetry.call(() -> requests.send("GET", path, token, null));
			if (!result.outcome().ok()) {
				throw new IllegalStateException("GET " + path + " answered " + result.outcome().describe());
			}
			JsonNode page = result.outcome().body();
			for (JsonNode envelope : page) {
				after = envelope.path("seq").asLong();
				ids.put(after, envelope.path("id").asString());
				if (envelope.path("type").asString().equals("chat.message.created")) {
					byClientId.merge(envelope.path("data").path("clientId").asString(""), 1, Integer::sum);
				}
			}
			if (page.size() < PAGE) {
				return new ActivityLog(ids, byClientId);
			}
		}
	}

	long lastSeq() {
		return this.ids.isEmpty() ? 0 : this.ids.lastKey();
	}

}
