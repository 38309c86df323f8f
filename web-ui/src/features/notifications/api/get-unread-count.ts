import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const getUnreadCount = (signal?: AbortSignal) =>
  api.get<{ count: number }>('/notifications/unread-count', undefined, signal);

export const useUnreadCount = () =>
  useQuery({
    queryKey: queryKeys.unreadCount,
    queryFn: ({ signal }) => getUnreadCount(signal),
    select: (r) => r.count,
  });
