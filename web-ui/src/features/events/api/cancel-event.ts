import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TeamEvent } from '@/types/api';
import { putEventInCache } from '../lib/events-cache';

/** Cancels an event (its creator or a team owner); it leaves every list, and those who said yes or maybe are told. */
export const cancelEvent = ({ teamId, eventId }: { teamId: number; eventId: number }) =>
  api.post<TeamEvent>(`/teams/${teamId}/events/${eventId}/cancel`, undefined, { idempotent: true });

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelEvent,
    onSuccess: (event) => putEventInCache(queryClient, event),
  });
}
