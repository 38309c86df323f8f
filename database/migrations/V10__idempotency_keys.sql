-- Idempotency-Key (idempotency/, docs/api-notes.md): one row per key a client sent with a POST,
-- scoped by who sent it ('user:<id>', or 'anonymous' for register). While the request runs the
-- row has no status; then it holds the answer to replay (2xx, 4xx but 429; any other outcome deletes
-- the row so the client may try again). Logged, unlike the token buckets: a failover must not
-- forget which requests already happened.
CREATE TABLE idempotency_keys (
    scope           varchar(32)  NOT NULL,
    idempotency_key varchar(64)  NOT NULL,
    -- "POST /api/teams", for saying which request a reused key belonged to.
    request         text         NOT NULL,
    -- SHA-256 of method, path and body (PBKDF2 when the body holds a password).
    fingerprint     bytea        NOT NULL,
    -- Which attempt holds the claim: only it may store the answer or give the claim up.
    owner           uuid         NOT NULL,
    claimed_at      timestamptz  NOT NULL DEFAULT now(),
    status          smallint,
    content_type    text,
    body            bytea,
    PRIMARY KEY (scope, idempotency_key)
);

-- Keys are kept for 24 hours; the sweep walks this index.
CREATE INDEX idempotency_keys_claimed ON idempotency_keys (claimed_at);
