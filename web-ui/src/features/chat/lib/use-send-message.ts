import { useCallback } from 'react';
import { errorMessage } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import type { User } from '@/types/api';
import { usePostMessage } from '../api/post-message';
import { pendingMessages, type PendingMessage } from '../stores/pending-messages';

/**
 * Optimistic send: the message shows at once with a fresh clientId and joins the team's send
 * queue (one POST in flight, in typed order); a retry reuses the clientId and queues it again.
 */
export function useSendMessage(teamId: number, me: User) {
  const post = usePostMessage();

  const deliver = useCallback(
    (pending: PendingMessage) => {
      void post({ teamId: pending.teamId, body: pending.body, clientId: pending.clientId }).then(
        () => pendingMessages.remove(pending.teamId, pending.clientId),
        (error: unknown) =>
          pendingMessages.patch(pending.teamId, pending.clientId, { status: 'failed', error: errorMessage(error) }),
      );
    },
    [post],
  );

  const send = useCallback(
    (body: string) => {
      const pending: PendingMessage = {
        clientId: uuid(),
        teamId,
        body,
        author: me,
        createdAt: new Date().toISOString(),
        status: 'sending',
      };
      pendingMessages.add(pending);
      deliver(pending);
    },
    [teamId, me, deliver],
  );

  // A retried message joins the queue at its end, so it also moves to the end of what is shown
  // as in flight: the screen shows the order the server will store.
  const retry = useCallback(
    (pending: PendingMessage) => {
      pendingMessages.add({ ...pending, status: 'sending', error: undefined });
      deliver(pending);
    },
    [deliver],
  );

  const discard = useCallback((pending: PendingMessage) => pendingMessages.remove(pending.teamId, pending.clientId), []);

  return { send, retry, discard };
}
