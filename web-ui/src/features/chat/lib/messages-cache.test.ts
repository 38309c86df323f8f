import { describe, expect, it } from 'vitest';
import type { Message } from '@/types/api';
import type { PendingMessage } from '../stores/pending-messages';
import { flattenMessages, highestSeq, withMessage, type MessagePages } from './messages-cache';
import { buildTimeline } from './timeline';

const user = { id: 1, username: 'a', displayName: 'A' };
const m = (id: number, seq: number, clientId: string | null = null): Message => ({
  id,
  teamId: 7,
  seq,
  author: user,
  body: `m${id}`,
  clientId,
  createdAt: '2025-01-01T10:00:00Z',
});
const pages = (...p: Message[][]): MessagePages => ({ pages: p, pageParams: p.map(() => undefined) });

describe('messages cache', () => {
  it('appends a new message to the newest page in seq order', () => {
    const data = withMessage(pages([m(2, 2), m(4, 4)], [m(1, 1)]), m(3, 3));
    expect(data?.pages[0].map((x) => x.id)).toEqual([2, 3, 4]);
  });

  it('ignores a message it already has, on any page', () => {
    const before = pages([m(2, 2)], [m(1, 1)]);
    expect(withMessage(before, m(1, 1))).toBe(before);
  });

  it('does nothing when history is not loaded', () => {
    expect(withMessage(undefined, m(1, 1))).toBeUndefined();
  });

  it('flattens oldest first with each id once, and knows the highest seq', () => {
    const data = pages([m(3, 3), m(4, 4)], [m(1, 1), m(2, 2), m(3, 3)]);
    expect(flattenMessages(data).map((x) => x.id)).toEqual([1, 2, 3, 4]);
    expect(highestSeq(data)).toBe(4);
    expect(highestSeq(undefined)).toBe(0);
  });
});

describe('buildTimeline', () => {
  const pending = (clientId: string): PendingMessage => ({
    clientId,
    teamId: 7,
    body: 'hi',
    author: user,
    createdAt: '2025-01-01T10:00:01Z',
    status: 'sending',
  });

  it('puts own in-flight messages after history', () => {
    const items = buildTimeline([m(1, 1)], [pending('c1')]);
    expect(items.map((i) => i.key)).toEqual(['m1', 'pc1']);
  });

  it('hides a pending message once history has the same clientId', () => {
    const items = buildTimeline([m(1, 1), m(2, 2, 'c1')], [pending('c1'), pending('c2')]);
    expect(items.map((i) => i.key)).toEqual(['m1', 'm2', 'pc2']);
  });
});
