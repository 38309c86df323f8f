import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CalendarFeed } from '@/types/api';

/** When the caller's calendar feed was made, or null when there is none (its URL is never shown again). */
export async function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed | null> {
  try {
    return await api.get<CalendarFeed>('/me/calendar-feed', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const useCalendarFeed = (enabled = true) =>
  useQuery({ queryKey: queryKeys.calendarFeed, queryFn: ({ signal }) => getCalendarFeed(signal), enabled });
