import type { TimelineItem } from './timeline';

/**
 * Where the "New messages" divider goes: before the first message after the reader's marker that
 * someone else wrote and that is not deleted (what the unread count counts). Null when there is
 * none, or no marker is known yet.
 */
export function firstUnreadKey(items: TimelineItem[], readSeq: number | undefined, meId: number): string | null {
  if (readSeq === undefined) return null;
  const first = items.find(
    (item) =>
      item.kind === 'message' &&
      item.message.seq > readSeq &&
      item.message.author.id !== meId &&
      !item.message.deleted,
  );
  return first?.key ?? null;
}
