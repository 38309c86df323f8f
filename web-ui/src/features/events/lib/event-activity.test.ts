import { describe, expect, it } from 'vitest';
import { anEvent } from '../testing/fixtures';
import { withActivities, type EventActivity } from './event-activity';

const card = (seq: number, kind: EventActivity['kind'] = 'created'): EventActivity => ({
  seq,
  occurredAt: '2026-11-30T11:00:00Z',
  kind,
  event: anEvent(),
  changed: [],
  by: null,
});

describe('withActivities', () => {
  it('keeps each card once, in seq order, whichever way it came', () => {
    const live = withActivities(undefined, [card(20)]);
    expect(live.from).toBeNull();
    const loaded = withActivities(live, [card(12), card(20), card(15, 'updated')], 10);
    expect(loaded.items.map((c) => c.seq)).toEqual([12, 15, 20]);
    expect(loaded.from).toBe(10);
  });

  it('widens what is covered downwards only', () => {
    const cache = withActivities(undefined, [card(12)], 10);
    expect(withActivities(cache, [card(3)], 1).from).toBe(1);
    expect(withActivities(cache, [], 11).from).toBe(10);
    expect(withActivities(cache, [card(30)]).from).toBe(10);
  });
});
