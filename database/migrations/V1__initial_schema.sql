-- Huddle's schema. The team_activities and notifications rows are also the transactional
-- outbox: a row with published_at IS NULL still has to reach RabbitMQ.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(32)  NOT NULL UNIQUE,
    display_name  varchar(64)  NOT NULL,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE teams (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(80)  NOT NULL,
    description varchar(500) NOT NULL DEFAULT '',
    last_seq    bigint       NOT NULL DEFAULT 0,
    created_by  bigint       NOT NULL REFERENCES users (id),
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE team_members (
    team_id   bigint      NOT NULL REFERENCES teams (id),
    user_id   bigint      NOT NULL REFERENCES users (id),
    role      varchar(16) NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_by_user ON team_members (user_id);

CREATE TABLE invitations (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id      bigint      NOT NULL REFERENCES teams (id),
    inviter_id   bigint      NOT NULL REFERENCES users (id),
    invitee_id   bigint      NOT NULL REFERENCES users (id),
    status       varchar(16) NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    responded_at timestamptz
);
CREATE UNIQUE INDEX invitations_one_pending ON invitations (team_id, invitee_id) WHERE status = 'PENDING';
CREATE INDEX invitations_by_invitee ON invitations (invitee_id) WHERE status = 'PENDING';

CREATE TABLE messages (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id    bigint        NOT NULL REFERENCES teams (id),
    seq        bigint        NOT NULL,
    author_id  bigint        NOT NULL REFERENCES users (id),
    body       varchar(4000) NOT NULL,
    client_id  varchar(64),
    created_at timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (team_id, author_id, client_id)
);
CREATE INDEX messages_by_team ON messages (team_id, id);

CREATE TABLE team_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     bigint        NOT NULL REFERENCES teams (id),
    seq         bigint        NOT NULL,
    title       varchar(200)  NOT NULL,
    starts_at   timestamptz   NOT NULL,
    ends_at     timestamptz,
    location    varchar(200),
    description varchar(2000),
    created_by  bigint        NOT NULL REFERENCES users (id),
    created_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX team_events_by_start ON team_events (team_id, starts_at);

CREATE TABLE team_activities (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    envelope_id  uuid        NOT NULL UNIQUE,
    team_id      bigint      NOT NULL REFERENCES teams (id),
    seq          bigint      NOT NULL,
    type         varchar(64) NOT NULL,
    envelope     jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz,
    UNIQUE (team_id, seq)
);
CREATE INDEX team_activities_unpublished ON team_activities (id) WHERE published_at IS NULL;

CREATE TABLE notifications (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    envelope_id  uuid        NOT NULL UNIQUE,
    user_id      bigint      NOT NULL REFERENCES users (id),
    team_id      bigint      REFERENCES teams (id),
    type         varchar(64) NOT NULL,
    envelope     jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    read_at      timestamptz,
    published_at timestamptz
);
CREATE INDEX notifications_by_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_unpublished ON notifications (id) WHERE published_at IS NULL;

-- Spring Session JDBC (its stock PostgreSQL schema): the session id is the bearer token, so
-- every replica accepts it and logout deletes it everywhere at once. PRINCIPAL_NAME holds the user id.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Bucket4j's token buckets for failed logins, shared by every api replica.
CREATE TABLE login_attempt_buckets (
    id         varchar(200) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
