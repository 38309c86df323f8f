-- The outbox of ended sessions (logout): each row tells every notifier to close the sockets
-- of that session at once. Not an inbox: the publisher deletes a row once RabbitMQ confirmed
-- it, and GET /api/notifications never lists them. session_id is Spring Session's id, never
-- the token a client holds.
CREATE TABLE session_endings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    envelope_id  uuid        NOT NULL UNIQUE,
    user_id      bigint      NOT NULL REFERENCES users (id),
    type         varchar(64) NOT NULL,
    envelope     jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX session_endings_unpublished ON session_endings (id) WHERE published_at IS NULL;
