import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { ReminderPreference } from '@/types/api';

/** How long before an event the caller is reminded (`PT15M`, `PT1H`, `P1D`) or `NONE`. */
export const getReminders = (signal?: AbortSignal) => api.get<ReminderPreference>('/me/reminders', undefined, signal);

export const useReminders = (enabled = true) =>
  useQuery({ queryKey: queryKeys.reminders, queryFn: ({ signal }) => getReminders(signal), enabled });
