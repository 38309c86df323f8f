-- Planning with team events (issue 14): each event keeps the time zone it was planned in,
-- can be edited and cancelled (a cancelled event stays as a row, out of the lists), and
-- members answer GOING, MAYBE or DECLINED, one answer per member per event.
ALTER TABLE team_events
    ADD COLUMN time_zone    varchar(64) NOT NULL DEFAULT 'UTC',
    ADD COLUMN updated_at   timestamptz,
    ADD COLUMN cancelled_at timestamptz;

CREATE TABLE event_rsvps (
    event_id    bigint      NOT NULL REFERENCES team_events (id),
    user_id     bigint      NOT NULL REFERENCES users (id),
    response    varchar(8)  NOT NULL CHECK (response IN ('GOING', 'MAYBE', 'DECLINED')),
    answered_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

-- Reminders look for events about to start, across all teams.
CREATE INDEX team_events_live_by_start ON team_events (starts_at) WHERE cancelled_at IS NULL;
