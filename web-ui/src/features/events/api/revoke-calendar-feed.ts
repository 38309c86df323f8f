import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CalendarFeed } from '@/types/api';

/** Revokes the caller's feed URL: calendar apps subscribed to it get nothing more. */
export const revokeCalendarFeed = () => api.delete('/me/calendar-feed');

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => queryClient.setQueryData<CalendarFeed | null>(queryKeys.calendarFeed, null),
  });
}
