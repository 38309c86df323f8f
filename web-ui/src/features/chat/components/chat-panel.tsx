import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';
import type { User } from '@/types/api';
import { useDeleteMessage } from '../api/delete-message';
import { useEditMessage } from '../api/edit-message';
import { useMessages } from '../api/get-messages';
import { useToggleReaction } from '../api/react-to-message';
import { flattenMessages } from '../lib/messages-cache';
import { buildTimeline, type TimelineNote } from '../lib/timeline';
import { firstUnreadKey } from '../lib/unread-divider';
import { useSendMessage } from '../lib/use-send-message';
import { usePendingMessages } from '../stores/pending-messages';
import { MessageComposer } from './message-composer';
import { MessageList } from './message-list';

type Props = {
  teamId: number;
  teamName: string;
  me: User;
  isOwner?: boolean;
  /** Shown among the messages at their seq, e.g. event cards (composed in by the app). */
  notes?: TimelineNote[];
  /** Shown between the messages and the composer, e.g. who is typing (composed in by the app). */
  footer?: ReactNode;
  /** The composer's typing signal (see MessageComposer). */
  onTyping?: (typing: boolean) => void;
  /** The reader's marker when the team was opened: the "New messages" divider goes after it. */
  unreadAfterSeq?: number;
  /** The reader has seen the chat up to this seq (the newest message, at the bottom of a visible page). */
  onSeenUpTo?: (seq: number) => void;
};

export function ChatPanel({
  teamId,
  teamName,
  me,
  isOwner = false,
  notes,
  footer,
  onTyping,
  unreadAfterSeq,
  onSeenUpTo,
}: Props) {
  const messages = useMessages(teamId);
  const edit = useEditMessage();
  const remove = useDeleteMessage();
  const react = useToggleReaction();
  const pending = usePendingMessages(teamId);
  const { send, retry, discard } = useSendMessage(teamId, me);
  const history = flattenMessages(messages.data);
  const items = buildTimeline(history, pending, notes);
  const newestSeq = history.length > 0 ? history[history.length - 1].seq : 0;

  return (
    <section className="chat" aria-label="Chat">
      {messages.isPending ? (
        <div className="chat-loading">
          <Spinner label="Loading messages" />
        </div>
      ) : messages.isError ? (
        <div className="chat-loading">
          <Alert>
            {errorMessage(messages.error)}{' '}
            <Button size="sm" variant="secondary" onClick={() => void messages.refetch()}>
              Try again
            </Button>
          </Alert>
        </div>
      ) : (
        <MessageList
          items={items}
          unreadFromKey={firstUnreadKey(items, unreadAfterSeq, me.id)}
          onSeeLatest={onSeenUpTo && newestSeq > 0 ? () => onSeenUpTo(newestSeq) : undefined}
          me={me}
          teamName={teamName}
          hasOlder={messages.hasNextPage}
          loadingOlder={messages.isFetchingNextPage}
          onLoadOlder={() => void messages.fetchNextPage()}
          onRetry={retry}
          onDiscard={discard}
          canDeleteAny={isOwner}
          onEdit={(message, body) => edit.mutateAsync({ teamId, messageId: message.id, body })}
          onDelete={(message) => remove.mutateAsync(message)}
          onReact={(message, emoji, on) => react.mutateAsync({ message, emoji, on })}
        />
      )}
      {footer}
      <MessageComposer teamName={teamName} onSend={send} onTyping={onTyping} />
    </section>
  );
}
