import { useCallback } from 'react';
import { errorMessage } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import type { User } from '@/types/api';
import { usePostMessage } from '../api/post-message';
import { pendingMessages, type PendingMessage } from '../stores/pending-messages';

/** Optimistic send: the message shows at once with a fresh clientId; a retry reuses it. */
export function useSendMessage(teamId: number, me: User) {
  const post = usePostMessage();
  const { mutate } = post;

  const deliver = useCallback(
    (pending: PendingMessage) => {
      mutate(
        { teamId: pending.teamId, body: pending.body, clientId: pending.clientId },
        {
          onSuccess: () => pendingMessages.remove(pending.teamId, pending.clientId),
          onError: (error) =>
            pendingMessages.patch(pending.teamId, pending.clientId, { status: 'failed', error: errorMessage(error) }),
        },
      );
    },
    [mutate],
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

  const retry = useCallback(
    (pending: PendingMessage) => {
      pendingMessages.patch(pending.teamId, pending.clientId, { status: 'sending', error: undefined });
      deliver(pending);
    },
    [deliver],
  );

  const discard = useCallback((pending: PendingMessage) => pendingMessages.remove(pending.teamId, pending.clientId), []);

  return { send, retry, discard };
}
