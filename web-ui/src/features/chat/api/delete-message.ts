import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Message } from '@/types/api';
import { updateMessageInCache } from '../lib/messages-cache';

/** Deletes a message (one's own, or anyone's for an owner); a placeholder stays in the history. */
export const deleteMessage = (message: Message) =>
  api.delete(`/teams/${message.teamId}/messages/${message.id}`);

export function useDeleteMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMessage,
    onSuccess: (_, message) => updateMessageInCache(queryClient, { ...message, body: null, deleted: true }),
  });
}
