-- Read markers (PUT /api/teams/{teamId}/read): per member and team, the highest team seq the
-- member has read. It only moves forward (GREATEST on every write). Rows go with the
-- membership: leaving a team forgets the marker, rejoining starts from nothing.
CREATE TABLE read_markers (
    team_id    bigint      NOT NULL,
    user_id    bigint      NOT NULL,
    seq        bigint      NOT NULL CHECK (seq >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id),
    FOREIGN KEY (team_id, user_id) REFERENCES team_members (team_id, user_id) ON DELETE CASCADE
);

-- Unread counts (GET /api/teams): the team's live messages after a seq, with their authors, so
-- the count is an index-only range scan that stops at the cap however long the history is.
CREATE INDEX messages_unread ON messages (team_id, seq) INCLUDE (author_id) WHERE NOT deleted;

-- The outbox of personal envelopes that are state, not news (chat.read.updated: another tab or
-- device of the same person read up to a seq). Like session_endings, not an inbox: a row is
-- deleted once RabbitMQ confirmed it, and GET /api/notifications never lists them.
CREATE TABLE personal_signals (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    envelope_id  uuid        NOT NULL UNIQUE,
    user_id      bigint      NOT NULL REFERENCES users (id),
    team_id      bigint,
    type         varchar(64) NOT NULL,
    envelope     jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX personal_signals_unpublished ON personal_signals (id) WHERE published_at IS NULL;
