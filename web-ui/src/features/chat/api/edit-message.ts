import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EditMessageBody, Message } from '@/types/api';
import { updateMessageInCache } from '../lib/messages-cache';

export type EditMessageInput = { teamId: number; messageId: number; body: string };

/** Changes the text of one's own message; the answer is the message as it now reads. */
export const editMessage = ({ teamId, messageId, body }: EditMessageInput) =>
  api.patch<Message>(`/teams/${teamId}/messages/${messageId}`, { body } satisfies EditMessageBody);

export function useEditMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editMessage,
    onSuccess: (message) => updateMessageInCache(queryClient, message),
  });
}
