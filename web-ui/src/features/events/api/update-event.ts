import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EventChanges, TeamEvent } from '@/types/api';
import { putEventInCache } from '../lib/events-cache';

export type UpdateEventInput = { teamId: number; eventId: number; changes: EventChanges };

/** Changes an event (its creator or a team owner): absent fields stay, `null` clears an optional one. */
export const updateEvent = ({ teamId, eventId, changes }: UpdateEventInput) =>
  api.patch<TeamEvent>(`/teams/${teamId}/events/${eventId}`, changes);

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (event) => putEventInCache(queryClient, event),
  });
}
