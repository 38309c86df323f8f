import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Message, PostMessageBody } from '@/types/api';
import { addMessageToCache } from '../lib/messages-cache';

export type PostMessageInput = { teamId: number; body: string; clientId: string };

/** Posts a message; a repeated clientId returns the first message, so retries never duplicate. */
export const postMessage = ({ teamId, body, clientId }: PostMessageInput) =>
  api.post<Message>(`/teams/${teamId}/messages`, { body, clientId } satisfies PostMessageBody);

export function usePostMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postMessage,
    onSuccess: (message) => addMessageToCache(queryClient, message),
  });
}
