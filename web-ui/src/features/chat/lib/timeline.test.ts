import { describe, expect, it } from 'vitest';
import type { Message } from '@/types/api';
import { buildTimeline, type TimelineNote } from './timeline';

const author = { id: 1, username: 'a', displayName: 'A' };
const message = (id: number, seq: number): Message => ({
  id,
  teamId: 3,
  seq,
  author,
  body: `m${id}`,
  clientId: null,
  createdAt: '2026-11-30T10:00:00Z',
  editedAt: null,
  deleted: false,
  reactions: [],
});
const note = (seq: number): TimelineNote => ({ key: `e${seq}`, seq, occurredAt: '2026-11-30T10:00:00Z', actor: null, content: null });

describe('buildTimeline', () => {
  it('puts notes among the messages by seq, before what is still being sent', () => {
    const items = buildTimeline(
      [message(1, 1), message(2, 4), message(3, 6)],
      [{ clientId: 'c1', teamId: 3, body: 'sending', author, createdAt: '2026-11-30T10:01:00Z', status: 'sending' }],
      [note(5), note(2), note(7)],
    );
    expect(items.map((i) => i.key)).toEqual(['m1', 'ne2', 'm2', 'ne5', 'm3', 'ne7', 'pc1']);
  });
});
