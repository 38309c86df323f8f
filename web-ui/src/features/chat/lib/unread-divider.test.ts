import { describe, expect, it } from 'vitest';
import type { Message } from '@/types/api';
import { buildTimeline } from './timeline';
import { firstUnreadKey } from './unread-divider';

const message = (id: number, seq: number, authorId: number, deleted = false): Message => ({
  id,
  teamId: 1,
  seq,
  author: { id: authorId, username: `u${authorId}`, displayName: `U${authorId}` },
  body: deleted ? null : `m${id}`,
  clientId: null,
  reactions: [],
  createdAt: '2026-11-30T10:00:00Z',
  editedAt: null,
  deleted,
});

describe('firstUnreadKey', () => {
  const items = buildTimeline([message(1, 2, 1), message(2, 3, 2, true), message(3, 4, 1), message(4, 5, 2)], []);

  it('is the first live message of someone else after the marker', () => {
    expect(firstUnreadKey(items, 2, 1)).toBe('m4');
    expect(firstUnreadKey(items, 0, 2)).toBe('m1');
  });

  it('is null when everything was read or the marker is unknown', () => {
    expect(firstUnreadKey(items, 5, 1)).toBeNull();
    expect(firstUnreadKey(items, undefined, 1)).toBeNull();
  });
});
