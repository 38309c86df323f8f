import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { EventEnvelope, EventField, TeamEvent, User } from '@/types/api';

/** An event being planned, changed or cancelled, as a card in the team's chat (at its seq). */
export type EventActivity = {
  seq: number;
  occurredAt: string;
  kind: 'created' | 'updated' | 'cancelled';
  event: TeamEvent;
  /** The fields an update changed. */
  changed: EventField[];
  /** Who did it, when the envelope says. */
  by: User | null;
};

/**
 * The cards known for a team: `from` is the lowest seq from which the activity feed has been
 * read to its end (null before the first read); live envelopes are added whatever it is.
 */
export type EventActivityCache = { from: number | null; items: EventActivity[] };

export const emptyActivity: EventActivityCache = { from: null, items: [] };

export function activityFromEnvelope(envelope: EventEnvelope): EventActivity | null {
  const base = { seq: envelope.seq, occurredAt: envelope.occurredAt };
  switch (envelope.type) {
    case 'event.created':
      return { ...base, kind: 'created', event: envelope.data, changed: [], by: envelope.data.createdBy };
    case 'event.updated':
      return { ...base, kind: 'updated', event: envelope.data.event, changed: envelope.data.changed ?? [], by: null };
    case 'event.cancelled':
      return { ...base, kind: 'cancelled', event: envelope.data.event, changed: [], by: envelope.data.cancelledBy };
    default:
      return null;
  }
}

/** Merges cards by seq (each once, in seq order) and widens the covered range down to `from`. */
export function withActivities(
  cache: EventActivityCache | undefined,
  items: EventActivity[],
  from: number | null = null,
): EventActivityCache {
  const current = cache ?? emptyActivity;
  const bySeq = new Map(current.items.map((a) => [a.seq, a]));
  for (const item of items) if (!bySeq.has(item.seq)) bySeq.set(item.seq, item);
  const covered = from === null ? current.from : current.from === null ? from : Math.min(current.from, from);
  return { from: covered, items: [...bySeq.values()].sort((a, b) => a.seq - b.seq) };
}

export function addActivityToCache(queryClient: QueryClient, teamId: number, activity: EventActivity): void {
  queryClient.setQueryData<EventActivityCache>(queryKeys.eventCards(teamId), (cache) =>
    withActivities(cache, [activity]),
  );
}
