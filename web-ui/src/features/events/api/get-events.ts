import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { TeamEvent } from '@/types/api';
import { sortEvents, type EventListKind } from '../lib/events-cache';

export const EVENT_PAGE_SIZE = 50;

/** Upcoming events (not yet over, soonest first) or past ones (most recent first); cancelled ones are left out. */
export const getEvents = (teamId: number, when: EventListKind, signal?: AbortSignal) =>
  api.get<TeamEvent[]>(`/teams/${teamId}/events`, { when, limit: EVENT_PAGE_SIZE }, signal);

/** Kept current by the event envelopes (see events-cache.ts) once loaded. */
export const useEvents = (teamId: number, when: EventListKind = 'upcoming', enabled = true) =>
  useQuery({
    queryKey: queryKeys.eventList(teamId, when),
    queryFn: ({ signal }) => getEvents(teamId, when, signal),
    select: (events) => sortEvents(events, when),
    enabled: enabled && Number.isFinite(teamId),
  });
