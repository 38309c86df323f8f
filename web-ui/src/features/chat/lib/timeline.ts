import type { ReactNode } from 'react';
import type { Message, User } from '@/types/api';
import type { PendingMessage } from '../stores/pending-messages';

/**
 * Something other than a message that the chat shows at its place in the team's seq order, such
 * as a card for an event planned or changed; the chat does not know what it is about.
 */
export type TimelineNote = { key: string; seq: number; occurredAt: string; actor: User | null; content: ReactNode };

export type TimelineItem =
  | { kind: 'message'; key: string; message: Message }
  | { kind: 'note'; key: string; note: TimelineNote }
  | { kind: 'pending'; key: string; pending: PendingMessage };

const seqOf = (item: TimelineItem) =>
  item.kind === 'message' ? item.message.seq : item.kind === 'note' ? item.note.seq : Infinity;

/**
 * Server history and notes in seq order, followed by own messages still in flight. A pending
 * message disappears as soon as the server's copy (same clientId) is in history, whether the POST
 * answer or the live echo got there first, so a message is never shown twice.
 */
export function buildTimeline(history: Message[], pending: PendingMessage[], notes: TimelineNote[] = []): TimelineItem[] {
  const confirmed = new Set(history.map((m) => m.clientId).filter((id): id is string => !!id));
  const stored: TimelineItem[] = [
    ...history.map((message): TimelineItem => ({ kind: 'message', key: `m${message.id}`, message })),
    ...notes.map((note): TimelineItem => ({ kind: 'note', key: `n${note.key}`, note })),
  ];
  // Stable: messages keep their own order (by seq, then id) among equal seqs.
  stored.sort((a, b) => seqOf(a) - seqOf(b));
  return [
    ...stored,
    ...pending
      .filter((p) => !confirmed.has(p.clientId))
      .map((p): TimelineItem => ({ kind: 'pending', key: `p${p.clientId}`, pending: p })),
  ];
}
