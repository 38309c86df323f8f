import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NewEventBody, TeamEvent } from '@/types/api';
import { putEventInCache } from '../lib/events-cache';

export type CreateEventInput = NewEventBody;

export const createEvent = ({ teamId, ...body }: CreateEventInput & { teamId: number }) =>
  api.post<TeamEvent>(`/teams/${teamId}/events`, body, { idempotent: true });

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (event) => putEventInCache(queryClient, event),
  });
}
