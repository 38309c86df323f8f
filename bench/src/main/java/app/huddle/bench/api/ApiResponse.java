package app.huddle.bench.api;

import tools.jackson.databind.JsonNode;

/** A REST answer: the status and the parsed JSON body (a missing node when empty). */
record ApiResponse(int status, JsonNode body) {

	boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	ApiResponse orThrow(String what) {
		if (!ok()) {
			throw new IllegalStateException(what + " answered " + this.status + ": " + this.body);
		}
		return this;
	}

}
