package app.huddle.api.shared;

/**
 * An envelope just written to an outbox table in the current transaction, as JSON. Spring
 * hands it to the outbox publisher once the transaction commits (and drops it on
 * rollback), so the publisher sends committed rows without reading them back.
 */
public record OutboxEntry(Audience audience, long rowId, long audienceId, String type, String envelopeId, String json) {
}
