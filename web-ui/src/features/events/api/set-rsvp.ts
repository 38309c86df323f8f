import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RsvpResponse, TeamEvent } from '@/types/api';
import { putEventInCache } from '../lib/events-cache';

export type SetRsvpInput = { teamId: number; eventId: number; response: RsvpResponse };

/** Answers an event (going, maybe, can't go); the same answer again changes nothing. */
export const setRsvp = ({ teamId, eventId, response }: SetRsvpInput) =>
  api.put<TeamEvent>(`/teams/${teamId}/events/${eventId}/rsvp`, { response });

export function useSetRsvp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setRsvp,
    onSuccess: (event) => putEventInCache(queryClient, event),
  });
}
