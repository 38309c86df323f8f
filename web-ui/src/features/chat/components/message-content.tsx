import { useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { Message } from '@/types/api';
import { MAX_MESSAGE_LENGTH } from './message-composer';
import { MessageText } from './message-text';

type Props = {
  message: Message;
  canEdit: boolean;
  canDelete: boolean;
  onEdit: (message: Message, body: string) => Promise<unknown>;
  onDelete: (message: Message) => Promise<unknown>;
  /** The reader's username: mentions of them are marked more strongly. */
  myUsername?: string;
};

/**
 * A sent message's text with its "edited" marker, or the placeholder of a deleted one, and the
 * edit and delete tools its author (delete also for owners) gets.
 */
export function MessageContent({ message, canEdit, canDelete, onEdit, onDelete, myUsername }: Props) {
  const [mode, setMode] = useState<'view' | 'editing' | 'confirming'>('view');
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (message.deleted) {
    return (
      <p className="message-body message-deleted" data-testid="message-deleted">
        Message deleted
      </p>
    );
  }

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setMode('view');
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  const trimmed = draft.trim();
  const save = () => {
    if (!trimmed || busy) return;
    if (trimmed === message.body) {
      setMode('view');
      return;
    }
    void run(() => onEdit(message, trimmed));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      setMode('view');
    }
  };

  if (mode === 'editing') {
    return (
      <div className="message-editor">
        <textarea
          className="input composer-input"
          aria-label="Edit message"
          value={draft}
          maxLength={MAX_MESSAGE_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          autoFocus
        />
        <div className="message-tools">
          <Button size="sm" onClick={save} disabled={!trimmed} isLoading={busy}>
            Save
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode('view')} disabled={busy}>
            Cancel
          </Button>
        </div>
        {error && (
          <p className="message-state message-state-failed" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <>
      <p className="message-body">
        <MessageText text={message.body ?? ''} myUsername={myUsername} />
        {message.editedAt && (
          <span className="message-edited" title={`Edited ${formatDateTime(message.editedAt)}`}>
            {' '}
            (edited)
          </span>
        )}
      </p>
      {mode === 'confirming' ? (
        <p className="message-state message-tools" role="group" aria-label="Confirm deletion">
          Delete this message?{' '}
          <Button size="sm" variant="danger" onClick={() => void run(() => onDelete(message))} isLoading={busy}>
            Delete
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode('view')} disabled={busy}>
            Keep
          </Button>
        </p>
      ) : (
        (canEdit || canDelete) && (
          <div className="message-tools message-tools-hover">
            {canEdit && (
              <button
                type="button"
                className="link-btn"
                aria-label="Edit message"
                onClick={() => {
                  setDraft(message.body ?? '');
                  setError(null);
                  setMode('editing');
                }}
              >
                Edit
              </button>
            )}
            {canDelete && (
              <button
                type="button"
                className="link-btn"
                aria-label="Delete message"
                onClick={() => {
                  setError(null);
                  setMode('confirming');
                }}
              >
                Delete
              </button>
            )}
          </div>
        )
      )}
      {error && (
        <p className="message-state message-state-failed" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
