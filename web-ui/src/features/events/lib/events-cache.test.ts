import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import type { EventEnvelope, TeamEvent } from '@/types/api';
import { alice, anEvent, bob } from '../testing/fixtures';
import type { EventActivityCache } from './event-activity';
import { applyEventEnvelope, isEventEnvelope, isOver, myAnswer, sortEvents, withEvent, withRsvp, withoutEvent } from './events-cache';

const now = Date.parse('2026-11-30T12:00:00Z');
const at = (iso: string, id: number, more: Partial<TeamEvent> = {}) => anEvent({ id, startsAt: iso, ...more });

describe('isOver and sortEvents', () => {
  it('counts an event as over once its end, or without one its start, has passed', () => {
    expect(isOver(at('2026-11-30T11:00:00Z', 1), now)).toBe(true);
    expect(isOver(at('2026-11-30T11:00:00Z', 1, { endsAt: '2026-11-30T13:00:00Z' }), now)).toBe(false);
    expect(isOver(at('2026-11-30T13:00:00Z', 1), now)).toBe(false);
  });

  it('lists upcoming soonest first and past most recent first', () => {
    const events = [at('2026-12-03T10:00:00Z', 1), at('2026-12-01T10:00:00Z', 2), at('2026-12-02T10:00:00Z', 3)];
    expect(sortEvents(events, 'upcoming').map((e) => e.id)).toEqual([2, 3, 1]);
    expect(sortEvents(events, 'past').map((e) => e.id)).toEqual([1, 3, 2]);
  });
});

describe('withEvent', () => {
  const soon = at('2026-12-01T10:00:00Z', 1);
  const later = at('2026-12-05T10:00:00Z', 2, { myResponse: 'GOING' });

  it('replaces an event in place and keeps the caller’s answer an envelope does not carry', () => {
    const moved = { ...later, startsAt: '2026-11-30T18:00:00Z', myResponse: undefined };
    const list = withEvent([soon, later], moved, 'upcoming', now)!;
    expect(list.map((e) => e.id)).toEqual([2, 1]);
    expect(list[0].myResponse).toBe('GOING');
  });

  it('adds a new event where it belongs and moves one that is now over to the past', () => {
    expect(withEvent([later], soon, 'upcoming', now)!.map((e) => e.id)).toEqual([1, 2]);
    const over = { ...soon, startsAt: '2026-11-29T10:00:00Z' };
    expect(withEvent([soon, later], over, 'upcoming', now)!.map((e) => e.id)).toEqual([2]);
    expect(withEvent([], over, 'past', now)!.map((e) => e.id)).toEqual([1]);
  });

  it('drops a cancelled event and leaves a list that is not loaded alone', () => {
    expect(withEvent([soon, later], { ...soon, cancelledAt: '2026-11-30T11:00:00Z' }, 'upcoming', now)).toEqual([later]);
    expect(withEvent(undefined, soon, 'upcoming', now)).toBeUndefined();
    expect(withoutEvent([soon, later], 2)).toEqual([soon]);
  });
});

describe('withRsvp and myAnswer', () => {
  it('sets the counts and moves the person’s answer to the end, once', () => {
    const event = anEvent({
      responses: [
        { user: bob, response: 'MAYBE', answeredAt: '2026-11-30T10:00:00Z' },
        { user: alice, response: 'GOING', answeredAt: '2026-11-30T10:05:00Z' },
      ],
      counts: { going: 1, maybe: 1, declined: 0 },
    });
    const [updated] = withRsvp(
      [event],
      { eventId: event.id, user: bob, response: 'GOING', counts: { going: 2, maybe: 0, declined: 0 } },
      '2026-11-30T11:00:00Z',
    )!;
    expect(updated.counts).toEqual({ going: 2, maybe: 0, declined: 0 });
    expect(updated.responses.map((r) => [r.user.id, r.response])).toEqual([
      [alice.id, 'GOING'],
      [bob.id, 'GOING'],
    ]);
    expect(myAnswer(updated, bob.id)).toBe('GOING');
    expect(myAnswer(updated, 99)).toBeNull();
    expect(myAnswer({ ...updated, responses: [], myResponse: 'MAYBE' }, 99)).toBe('MAYBE');
  });
});

describe('applyEventEnvelope', () => {
  const envelope = (e: Omit<EventEnvelope, 'id' | 'teamId' | 'occurredAt'>): EventEnvelope =>
    ({ id: `e${e.seq}`, teamId: 3, occurredAt: '2026-11-30T11:00:00Z', ...e }) as EventEnvelope;

  it('keeps the lists and the chat cards current from created, updated, answered and cancelled', () => {
    const qc = new QueryClient();
    const upcoming = queryKeys.eventList(3, 'upcoming');
    qc.setQueryData(upcoming, []);
    const event = anEvent();

    applyEventEnvelope(qc, envelope({ type: 'event.created', seq: 12, data: event }));
    expect(qc.getQueryData<TeamEvent[]>(upcoming)!.map((e) => e.title)).toEqual(['Training']);

    applyEventEnvelope(
      qc,
      envelope({
        type: 'event.rsvp.changed',
        seq: 13,
        data: { eventId: 7, user: bob, response: 'GOING', counts: { going: 1, maybe: 0, declined: 0 } },
      }),
    );
    expect(qc.getQueryData<TeamEvent[]>(upcoming)![0].counts.going).toBe(1);

    const renamed = { ...event, title: 'Training moved', location: 'Hall C' };
    applyEventEnvelope(qc, envelope({ type: 'event.updated', seq: 14, data: { event: renamed, changed: ['title', 'location'] } }));
    expect(qc.getQueryData<TeamEvent[]>(upcoming)![0].title).toBe('Training moved');

    applyEventEnvelope(
      qc,
      envelope({ type: 'event.cancelled', seq: 15, data: { event: { ...renamed, cancelledAt: 'x' }, cancelledBy: alice } }),
    );
    expect(qc.getQueryData<TeamEvent[]>(upcoming)).toEqual([]);

    const cards = qc.getQueryData<EventActivityCache>(queryKeys.eventCards(3))!;
    expect(cards.items.map((c) => [c.seq, c.kind])).toEqual([
      [12, 'created'],
      [14, 'updated'],
      [15, 'cancelled'],
    ]);
    expect(cards.from).toBeNull();
  });

  it('recognises the event envelopes only', () => {
    expect(isEventEnvelope({ type: 'event.rsvp.changed' })).toBe(true);
    expect(isEventEnvelope({ type: 'chat.message.created' })).toBe(false);
  });
});
