-- Editing and deleting chat messages (PATCH / DELETE /api/teams/{teamId}/messages/{id}).
-- A deleted message stays as a placeholder row (its id and seq keep their place in the
-- history) but loses its text: body is wiped to NULL, which only a deleted row may hold.
ALTER TABLE messages
    ADD COLUMN edited_at timestamptz,
    ADD COLUMN deleted   boolean NOT NULL DEFAULT false,
    ALTER COLUMN body DROP NOT NULL,
    ADD CONSTRAINT messages_body_unless_deleted CHECK (deleted OR body IS NOT NULL);
