import type { Message } from '@/types/api';
import type { PendingMessage } from '../stores/pending-messages';

export type TimelineItem =
  | { kind: 'message'; key: string; message: Message }
  | { kind: 'pending'; key: string; pending: PendingMessage };

/**
 * Server history followed by own messages still in flight. A pending message disappears as soon
 * as the server's copy (same clientId) is in history, whether the POST answer or the live echo
 * got there first, so a message is never shown twice.
 */
export function buildTimeline(history: Message[], pending: PendingMessage[]): TimelineItem[] {
  const confirmed = new Set(history.map((m) => m.clientId).filter((id): id is string => !!id));
  return [
    ...history.map((message): TimelineItem => ({ kind: 'message', key: `m${message.id}`, message })),
    ...pending
      .filter((p) => !confirmed.has(p.clientId))
      .map((p): TimelineItem => ({ kind: 'pending', key: `p${p.clientId}`, pending: p })),
  ];
}
