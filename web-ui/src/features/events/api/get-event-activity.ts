import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { TeamEnvelope } from '@/types/api';
import { activityFromEnvelope, emptyActivity, withActivities, type EventActivity, type EventActivityCache } from '../lib/event-activity';
import { isEventEnvelope } from '../lib/events-cache';

const PAGE = 500;

/**
 * The team's event cards from seq `from` on: the activity feed read page by page until its end,
 * or until seq `until` (exclusive) when the cards from there on are already known.
 */
export async function getEventActivity(
  teamId: number,
  from: number,
  until: number | null,
  signal?: AbortSignal,
): Promise<EventActivity[]> {
  const found: EventActivity[] = [];
  for (let after = Math.max(0, from - 1); ; ) {
    const page = await api.get<TeamEnvelope[]>(`/teams/${teamId}/activity`, { after, limit: PAGE }, signal);
    for (const envelope of page) {
      if (!isEventEnvelope(envelope)) continue;
      const activity = activityFromEnvelope({ ...envelope, teamId });
      if (activity) found.push(activity);
    }
    const last = Math.max(after, ...page.map((e) => e.seq ?? 0));
    if (page.length < PAGE || (until !== null && last >= until - 1)) return found;
    after = last;
  }
}

/**
 * The event cards to show in the chat from seq `fromSeq` on (undefined: history not loaded yet).
 * The cache holds what was read from the activity feed plus what arrived live since; when older
 * history is loaded (a lower `fromSeq`), only the part not yet read is fetched.
 */
export function useEventActivity(teamId: number, fromSeq: number | undefined): EventActivity[] {
  const queryClient = useQueryClient();
  const key = queryKeys.eventCards(teamId);
  const { data } = useQuery({
    queryKey: key,
    // Only a subscription to the cache: the effect below fills it, the realtime bridge adds to it.
    queryFn: () => queryClient.getQueryData<EventActivityCache>(key) ?? emptyActivity,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    enabled: Number.isFinite(teamId),
  });
  const covered = data?.from ?? null;

  useEffect(() => {
    if (fromSeq === undefined || !Number.isFinite(teamId) || (covered !== null && covered <= fromSeq)) return;
    const controller = new AbortController();
    getEventActivity(teamId, fromSeq, covered, controller.signal).then(
      (items) =>
        queryClient.setQueryData<EventActivityCache>(queryKeys.eventCards(teamId), (cache) =>
          withActivities(cache, items, fromSeq),
        ),
      () => {}, // the chat shows without these cards; the next change of history tries again
    );
    return () => controller.abort();
  }, [teamId, fromSeq, covered, queryClient]);

  return data?.items ?? emptyActivity.items;
}
