import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient, mockApi } from '@/testing/test-utils';
import type { EventEnvelope } from '@/types/api';
import { applyEventEnvelope } from '../lib/events-cache';
import { alice, anEvent } from '../testing/fixtures';
import { getEventActivity, useEventActivity } from './get-event-activity';

afterEach(() => vi.unstubAllGlobals());

/** The team's activity: a chat message at every seq except the event ones. */
function activityFeed(last: number, events: Record<number, EventEnvelope['type']>) {
  return Array.from({ length: last }, (_, i) => {
    const seq = i + 1;
    const type = events[seq] ?? 'chat.message.created';
    const event = anEvent({ seq });
    const data =
      type === 'event.created'
        ? event
        : type === 'event.updated'
          ? { event, changed: ['location'] }
          : type === 'event.cancelled'
            ? { event, cancelledBy: alice }
            : { id: seq };
    return { id: `e${seq}`, type, teamId: 3, seq, occurredAt: '2026-11-30T10:00:00Z', data };
  });
}

function serve(feed: ReturnType<typeof activityFeed>) {
  return mockApi({
    'GET /api/teams/3/activity': ({ url }) => {
      const after = Number(url.searchParams.get('after'));
      const limit = Number(url.searchParams.get('limit'));
      return { body: feed.filter((e) => e.seq > after).slice(0, limit) };
    },
  });
}

describe('getEventActivity', () => {
  it('reads the feed page by page and keeps only the event cards', async () => {
    const { calls } = serve(activityFeed(1200, { 3: 'event.created', 700: 'event.updated', 1100: 'event.cancelled' }));
    const cards = await getEventActivity(3, 1, null);
    expect(cards.map((c) => [c.seq, c.kind])).toEqual([
      [3, 'created'],
      [700, 'updated'],
      [1100, 'cancelled'],
    ]);
    expect(calls.map((c) => c.path)).toEqual([
      '/api/teams/3/activity?after=0&limit=500',
      '/api/teams/3/activity?after=500&limit=500',
      '/api/teams/3/activity?after=1000&limit=500',
    ]);
  });

  it('stops where the known cards begin', async () => {
    const { calls } = serve(activityFeed(1200, {}));
    await getEventActivity(3, 1, 400);
    expect(calls).toHaveLength(1);
  });
});

describe('useEventActivity', () => {
  it('loads from where the history starts, adds live cards, and reads further back only what is missing', async () => {
    const { calls } = serve(activityFeed(30, { 5: 'event.created', 20: 'event.updated' }));
    const queryClient = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result, rerender } = renderHook(({ from }) => useEventActivity(3, from), {
      wrapper,
      initialProps: { from: 10 as number | undefined },
    });
    await waitFor(() => expect(result.current.map((c) => c.seq)).toEqual([20]));
    expect(calls.map((c) => c.path)).toEqual(['/api/teams/3/activity?after=9&limit=500']);

    act(() =>
      applyEventEnvelope(queryClient, {
        id: 'live',
        type: 'event.created',
        teamId: 3,
        seq: 31,
        occurredAt: '2026-11-30T11:00:00Z',
        data: anEvent({ seq: 31 }),
      }),
    );
    await waitFor(() => expect(result.current.map((c) => c.seq)).toEqual([20, 31]));

    rerender({ from: 1 });
    await waitFor(() => expect(result.current.map((c) => c.seq)).toEqual([5, 20, 31]));
    expect(calls.map((c) => c.path)).toEqual([
      '/api/teams/3/activity?after=9&limit=500',
      '/api/teams/3/activity?after=0&limit=500',
    ]);
  });
});
