-- Reactions to chat messages (PUT / DELETE /api/teams/{teamId}/messages/{id}/reactions/{emoji})
-- and @username mentions. A member reacts with a given emoji at most once per message; deleting
-- a message deletes its reactions. A mention row records that the member was notified about the
-- message, so that each (message, member) is notified once, also across edits.
CREATE TABLE message_reactions (
    message_id bigint      NOT NULL REFERENCES messages (id),
    user_id    bigint      NOT NULL REFERENCES users (id),
    emoji      varchar(64) NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (message_id, emoji, user_id)
);

CREATE TABLE message_mentions (
    message_id bigint      NOT NULL REFERENCES messages (id),
    user_id    bigint      NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
