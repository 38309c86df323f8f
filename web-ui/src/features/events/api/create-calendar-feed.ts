import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CalendarFeed, NewCalendarFeed } from '@/types/api';

/** A new secret feed URL for calendar apps; any earlier one stops working. The URL is in this answer only. */
export const createCalendarFeed = () => api.post<NewCalendarFeed>('/me/calendar-feed', undefined, { idempotent: true });

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) => {
      const known: CalendarFeed = { createdAt: feed.createdAt };
      queryClient.setQueryData(queryKeys.calendarFeed, known);
    },
  });
}
