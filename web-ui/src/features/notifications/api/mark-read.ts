import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { MarkReadBody } from '@/types/api';

/** Marks every notification with id ≤ upTo as read. */
export const markRead = (upTo: number) =>
  api.post<void>('/notifications/read', { upTo } satisfies MarkReadBody, { idempotent: true });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    // The open list keeps its highlights for what was new; the badge clears at once.
    onMutate: () => queryClient.setQueryData<{ count: number }>(queryKeys.unreadCount, { count: 0 }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.unreadCount }),
  });
}
