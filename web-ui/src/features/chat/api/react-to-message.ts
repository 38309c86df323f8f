import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Message } from '@/types/api';
import { setReactionsInCache } from '../lib/messages-cache';

export type ReactionInput = { message: Message; emoji: string; on: boolean };

const reactionPath = (message: Message, emoji: string) =>
  `/teams/${message.teamId}/messages/${message.id}/reactions/${encodeURIComponent(emoji)}`;

/** Reacts with the emoji; idempotent, answers the message with all its reactions. */
export const addReaction = (message: Message, emoji: string) => api.put<Message>(reactionPath(message, emoji));

/** Takes one's reaction back; idempotent, answers the message with all its reactions. */
export const removeReaction = (message: Message, emoji: string) => api.delete<Message>(reactionPath(message, emoji));

/** Adds (`on`) or takes back one's reaction; the answer's reactions go straight into cached history. */
export function useToggleReaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ message, emoji, on }: ReactionInput) =>
      on ? addReaction(message, emoji) : removeReaction(message, emoji),
    onSuccess: (message) => setReactionsInCache(queryClient, message.teamId, message.id, message.reactions),
  });
}
