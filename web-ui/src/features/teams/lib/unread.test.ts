import { describe, expect, it } from 'vitest';
import type { Team } from '@/types/api';
import { unreadLabel, withMessageEnvelope, withReadMarker } from './unread';

const team = (over: Partial<Team> = {}): Team => ({
  id: 7,
  name: 'Ops',
  description: '',
  role: 'MEMBER',
  lastSeq: 10,
  readSeq: 4,
  unread: 2,
  ...over,
});

const envelope = (type: string, seq: number, authorId: number, messageSeq = seq) => ({
  teamId: 7,
  seq,
  type,
  data: { seq: messageSeq, author: { id: authorId } },
});

describe('unread counts in the teams cache', () => {
  it('counts a new message of someone else once', () => {
    const once = withMessageEnvelope([team()], envelope('chat.message.created', 11, 2), 1);
    expect(once?.[0]).toMatchObject({ unread: 3, lastSeq: 11 });
    expect(withMessageEnvelope(once, envelope('chat.message.created', 11, 2), 1)?.[0].unread).toBe(3);
  });

  it('does not count what the server already counted, nor own messages', () => {
    expect(withMessageEnvelope([team()], envelope('chat.message.created', 9, 2), 1)?.[0].unread).toBe(2);
    expect(withMessageEnvelope([team()], envelope('chat.message.created', 11, 1), 1)?.[0]).toMatchObject({
      unread: 2,
      lastSeq: 11,
    });
  });

  it('takes back a deleted unread message, never below zero', () => {
    expect(withMessageEnvelope([team()], envelope('chat.message.deleted', 12, 2, 8), 1)?.[0].unread).toBe(1);
    expect(withMessageEnvelope([team({ unread: 0 })], envelope('chat.message.deleted', 12, 2, 8), 1)?.[0].unread).toBe(0);
    expect(withMessageEnvelope([team()], envelope('chat.message.deleted', 12, 2, 3), 1)?.[0].unread).toBe(2);
  });

  it('takes a marker from another tab unless the cached one is further', () => {
    expect(withReadMarker([team()], { teamId: 7, seq: 10, unread: 0 })?.[0]).toMatchObject({ readSeq: 10, unread: 0 });
    expect(withReadMarker([team({ readSeq: 12 })], { teamId: 7, seq: 10, unread: 1 })?.[0]).toMatchObject({
      readSeq: 12,
      unread: 2,
    });
  });

  it('shows large counts as 99+', () => {
    expect(unreadLabel(3)).toBe('3');
    expect(unreadLabel(100)).toBe('99+');
  });
});
