package app.huddle.api.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** One entry of a user's inbox. */
record Notification(long id, String type, @Nullable Long teamId, Instant occurredAt, JsonNode data, boolean read) {
}
