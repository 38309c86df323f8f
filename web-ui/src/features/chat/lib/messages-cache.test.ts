import { describe, expect, it } from 'vitest';
import type { Message } from '@/types/api';
import type { PendingMessage } from '../stores/pending-messages';
import {
  flattenMessages,
  highestSeq,
  withMessage,
  withReactions,
  withUpdatedMessage,
  type MessagePages,
} from './messages-cache';
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
  editedAt: null,
  deleted: false,
  reactions: [],
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

describe('edits and deletions in the cache', () => {
  const edited = (id: number, body: string, at: string): Message => ({ ...m(id, id), body, editedAt: at });
  const deleted = (id: number): Message => ({ ...m(id, id), body: null, deleted: true });

  it('replaces the text of a cached message, on any page, keeping its place', () => {
    const data = withUpdatedMessage(pages([m(3, 3)], [m(1, 1), m(2, 2)]), edited(2, 'new', '2025-01-01T11:00:00Z'));
    expect(flattenMessages(data).map((x) => [x.id, x.body, x.editedAt])).toEqual([
      [1, 'm1', null],
      [2, 'new', '2025-01-01T11:00:00Z'],
      [3, 'm3', null],
    ]);
  });

  it('turns a deleted message into a placeholder without its text', () => {
    const data = withUpdatedMessage(pages([m(1, 1), m(2, 2)]), deleted(1));
    expect(data?.pages[0][0]).toMatchObject({ id: 1, body: null, deleted: true, createdAt: '2025-01-01T10:00:00Z' });
    expect(data?.pages[0][1].deleted).toBe(false);
  });

  it('ends in the same state whatever order the copies arrive in', () => {
    const first = edited(1, 'first', '2025-01-01T11:00:00Z');
    const second = edited(1, 'second', '2025-01-01T12:00:00Z');
    const start = pages([m(1, 1)]);
    const inOrder = withUpdatedMessage(withUpdatedMessage(withUpdatedMessage(start, first), second), deleted(1));
    const late = withUpdatedMessage(withUpdatedMessage(withUpdatedMessage(start, deleted(1)), second), first);
    expect(inOrder?.pages[0][0]).toMatchObject({ body: null, deleted: true });
    expect(late?.pages[0][0]).toMatchObject({ body: null, deleted: true });
    const editsOnly = withUpdatedMessage(withUpdatedMessage(start, second), first);
    expect(editsOnly?.pages[0][0].body).toBe('second');
  });

  it('leaves the cache alone for a message it does not hold, or a repeat', () => {
    const data = pages([m(1, 1)]);
    expect(withUpdatedMessage(data, edited(9, 'x', '2025-01-01T11:00:00Z'))).toBe(data);
    expect(withUpdatedMessage(undefined, deleted(1))).toBeUndefined();
    const once = withUpdatedMessage(data, deleted(1));
    expect(withUpdatedMessage(once, deleted(1))).toBe(once);
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

  it('sets a message’s reactions to the latest state, on whichever page it is', () => {
    const thumbs = [{ emoji: '👍', count: 1, users: [user] }];
    const data = withReactions(pages([m(2, 2)], [m(1, 1)]), 1, thumbs);
    expect(data?.pages[1][0].reactions).toEqual(thumbs);
    expect(withReactions(data, 1, [])?.pages[1][0].reactions).toEqual([]);
  });

  it('gives a deleted message no reactions, and takes none for it later', () => {
    const thumbs = [{ emoji: '👍', count: 1, users: [user] }];
    const before = pages([{ ...m(1, 1), reactions: thumbs }]);
    const deleted = withUpdatedMessage(before, { ...m(1, 1), body: null, deleted: true, reactions: [] });
    expect(deleted?.pages[0][0].reactions).toEqual([]);
    expect(withReactions(deleted, 1, thumbs)).toBe(deleted);
  });

  it('keeps the reactions it has when an edit arrives', () => {
    const thumbs = [{ emoji: '👍', count: 1, users: [user] }];
    const data = withUpdatedMessage(pages([{ ...m(1, 1), reactions: thumbs }]), {
      ...m(1, 1),
      body: 'changed',
      editedAt: '2025-01-01T11:00:00Z',
    });
    expect(data?.pages[0][0]).toMatchObject({ body: 'changed', reactions: thumbs });
  });
});
