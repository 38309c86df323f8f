import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { ReminderBefore, ReminderPreference } from '@/types/api';

export const updateReminders = (before: ReminderBefore) =>
  api.put<ReminderPreference>('/me/reminders', { before } satisfies ReminderPreference);

export function useUpdateReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminders,
    onSuccess: (preference) => queryClient.setQueryData(queryKeys.reminders, preference),
  });
}
