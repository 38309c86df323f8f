-- Reminders before team events and calendar feeds (issue 14).

-- db-scheduler's own table, as its PostgreSQL schema for 16.x gives it: one row per task
-- instance, picked by one replica at a time, with heartbeats so a dead replica's
-- execution is taken over.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- How long before an event a member wants to be reminded; no row = the configured default.
CREATE TABLE reminder_preferences (
    user_id bigint      PRIMARY KEY REFERENCES users (id),
    before  varchar(8)  NOT NULL CHECK (before IN ('PT15M', 'PT1H', 'P1D', 'NONE'))
);

-- Reminders sent: one per member per event start time. The key is what makes a reminder
-- exactly once (reminder/ReminderRun): a second run inserts nothing and delivers nothing.
-- A moved event has a new starts_at, so it reminds again.
CREATE TABLE event_reminders (
    event_id  bigint      NOT NULL REFERENCES team_events (id),
    user_id   bigint      NOT NULL REFERENCES users (id),
    starts_at timestamptz NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (event_id, user_id, starts_at)
);

-- A personal calendar feed: only the SHA-256 hash of its secret URL token is kept. One
-- feed per user; making a new one replaces (revokes) the old.
CREATE TABLE calendar_feeds (
    user_id     bigint      PRIMARY KEY REFERENCES users (id),
    secret_hash varchar(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);
