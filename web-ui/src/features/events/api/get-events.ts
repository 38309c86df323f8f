import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { TeamEvent } from '@/types/api';

/** The team's events in a window; the server defaults to the coming year from now. */
export const getEvents = (teamId: number, window: { from?: string; to?: string } = {}, signal?: AbortSignal) =>
  api.get<TeamEvent[]>(`/teams/${teamId}/events`, window, signal);

export const useEvents = (teamId: number) =>
  useQuery({
    queryKey: queryKeys.events(teamId),
    queryFn: ({ signal }) => getEvents(teamId, {}, signal),
    select: (events) => [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    enabled: Number.isFinite(teamId),
  });
