import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { EventEnvelope, EventRsvpChanged, RsvpResponse, TeamEvent } from '@/types/api';
import { addActivityToCache, activityFromEnvelope } from './event-activity';

export type EventListKind = 'upcoming' | 'past';

/** Over once its end (or, without one, its start) has passed: then it is listed under past events. */
export function isOver(event: Pick<TeamEvent, 'startsAt' | 'endsAt'>, now = Date.now()): boolean {
  return Date.parse(event.endsAt ?? event.startsAt) < now;
}

/** Upcoming soonest first; past most recent first; the id breaks ties so the order is stable. */
export function sortEvents(events: TeamEvent[], kind: EventListKind): TeamEvent[] {
  const sign = kind === 'upcoming' ? 1 : -1;
  return [...events].sort((a, b) => sign * (Date.parse(a.startsAt) - Date.parse(b.startsAt)) || a.id - b.id);
}

/** The viewer's own answer: from the answers list (kept live), else what the REST answer said. */
export function myAnswer(event: TeamEvent, meId: number): RsvpResponse | null {
  return event.responses?.find((r) => r.user.id === meId)?.response ?? event.myResponse ?? null;
}

/**
 * A list with `event` put where it now belongs: replaced in place (keeping the caller's own answer
 * when the incoming copy, from an envelope, has none), added when it belongs to this list,
 * removed when it was cancelled or moved to the other list. No-op while the list is not loaded.
 */
export function withEvent(
  list: TeamEvent[] | undefined,
  event: TeamEvent,
  kind: EventListKind,
  now = Date.now(),
): TeamEvent[] | undefined {
  if (!list) return list;
  const current = list.find((e) => e.id === event.id);
  const rest = list.filter((e) => e.id !== event.id);
  if (event.cancelledAt || isOver(event, now) !== (kind === 'past')) return current ? rest : list;
  const merged = { ...event, myResponse: event.myResponse !== undefined ? event.myResponse : current?.myResponse };
  return sortEvents([...rest, merged], kind);
}

export function withoutEvent(list: TeamEvent[] | undefined, eventId: number): TeamEvent[] | undefined {
  return list?.some((e) => e.id === eventId) ? list.filter((e) => e.id !== eventId) : list;
}

/** Applies one answer: new counts, the person's answer moved to the end (latest), theirs only once. */
export function withRsvp(
  list: TeamEvent[] | undefined,
  change: EventRsvpChanged,
  answeredAt: string,
): TeamEvent[] | undefined {
  if (!list?.some((e) => e.id === change.eventId)) return list;
  return list.map((e) =>
    e.id !== change.eventId
      ? e
      : {
          ...e,
          counts: change.counts,
          responses: [
            ...(e.responses ?? []).filter((r) => r.user.id !== change.user.id),
            { user: change.user, response: change.response, answeredAt },
          ],
        },
  );
}

const kinds: EventListKind[] = ['upcoming', 'past'];

/** Puts an event as the server now returns it (a REST answer or an envelope) into every cached list. */
export function putEventInCache(queryClient: QueryClient, event: TeamEvent): void {
  for (const kind of kinds) {
    queryClient.setQueryData<TeamEvent[]>(queryKeys.eventList(event.teamId, kind), (list) =>
      withEvent(list, event, kind),
    );
  }
}

/** Applies a team's event envelope (live or from catch-up) to the cached lists and the chat's cards. */
export function applyEventEnvelope(queryClient: QueryClient, envelope: EventEnvelope): void {
  const teamId = envelope.teamId;
  switch (envelope.type) {
    case 'event.created':
      putEventInCache(queryClient, { ...envelope.data, teamId });
      break;
    case 'event.updated':
      putEventInCache(queryClient, { ...envelope.data.event, teamId });
      break;
    case 'event.cancelled':
      for (const kind of kinds) {
        queryClient.setQueryData<TeamEvent[]>(queryKeys.eventList(teamId, kind), (list) =>
          withoutEvent(list, envelope.data.event.id),
        );
      }
      break;
    case 'event.rsvp.changed':
      for (const kind of kinds) {
        queryClient.setQueryData<TeamEvent[]>(queryKeys.eventList(teamId, kind), (list) =>
          withRsvp(list, envelope.data, envelope.occurredAt),
        );
      }
      break;
  }
  const activity = activityFromEnvelope(envelope);
  if (activity) addActivityToCache(queryClient, teamId, activity);
}

const eventTypes = new Set(['event.created', 'event.updated', 'event.cancelled', 'event.rsvp.changed']);

/** Whether a team envelope is one of the event envelopes (typed by hand until the contract lists them all). */
export function isEventEnvelope(envelope: { type: string }): envelope is EventEnvelope {
  return eventTypes.has(envelope.type);
}
