import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { REPEATABLE_MAX_ATTEMPTS, repeatableRetryDelay } from '@/lib/retry';
import type { Message, PostMessageBody } from '@/types/api';
import { addMessageToCache } from '../lib/messages-cache';
import { SendQueue } from '../lib/send-queue';

export type PostMessageInput = { teamId: number; body: string; clientId: string };

/**
 * Posts a message; a repeated clientId returns the first message, so retries never duplicate. Sent
 * once (not `idempotent`): the send queue below does the retrying.
 */
export const postMessage = ({ teamId, body, clientId }: PostMessageInput) =>
  api.post<Message>(`/teams/${teamId}/messages`, { body, clientId } satisfies PostMessageBody);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One queue per team for the whole page, so a message keeps its place when the chat is left and
// reopened while it is still being sent (see send-queue.ts for the rule).
const queues = new Map<number, SendQueue<PostMessageInput, Message>>();

function queueFor(teamId: number): SendQueue<PostMessageInput, Message> {
  let queue = queues.get(teamId);
  if (!queue) {
    queue = new SendQueue({
      send: postMessage,
      retryDelay: repeatableRetryDelay,
      maxAttempts: REPEATABLE_MAX_ATTEMPTS,
      wait,
    });
    queues.set(teamId, queue);
  }
  return queue;
}

/** Forgets every queued message (sign-out): none of them is sent or retried any more. */
export function abandonQueuedMessages(): void {
  for (const queue of queues.values()) queue.abandon(new Error('Signed out before it was sent.'));
  queues.clear();
}

/**
 * Posts a person's messages to a team one at a time, in the order given, so the server stores
 * them in that order; resolves once stored (and in the cached history), rejects when finally not sent.
 */
export function usePostMessage() {
  const queryClient = useQueryClient();
  return useCallback(
    (input: PostMessageInput) =>
      queueFor(input.teamId)
        .enqueue(input)
        .then((message) => {
          addMessageToCache(queryClient, message);
          return message;
        }),
    [queryClient],
  );
}
