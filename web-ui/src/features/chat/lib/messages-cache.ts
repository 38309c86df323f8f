import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { Message, Reaction } from '@/types/api';

export type MessagePages = InfiniteData<Message[], unknown>;

const order = (a: Message, b: Message) => (a.seq ?? 0) - (b.seq ?? 0) || a.id - b.id;

/** Adds a message to cached history unless it is already there (by id); no-op when history is not loaded. */
export function withMessage(data: MessagePages | undefined, message: Message): MessagePages | undefined {
  if (!data || data.pages.length === 0) return data;
  if (data.pages.some((page) => page.some((m) => m.id === message.id))) return data;
  const [newest, ...older] = data.pages;
  return { ...data, pages: [[...newest, message].sort(order), ...older] };
}

/**
 * Whether an incoming copy of a message (from an edit or delete answer, a live envelope or
 * catch-up) should replace the cached one: a deletion is final, and an older edit never
 * overwrites a newer one, so copies arriving in any order end in the same state.
 */
export function isNewer(incoming: Message, current: Message): boolean {
  if (current.deleted) return false;
  if (incoming.deleted) return true;
  if (!incoming.editedAt) return false;
  return !current.editedAt || Date.parse(incoming.editedAt) >= Date.parse(current.editedAt);
}

/** Replaces a cached message by a newer copy of it (edited or deleted); no-op when it is not cached. */
export function withUpdatedMessage(data: MessagePages | undefined, message: Message): MessagePages | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) =>
    page.map((m) => {
      if (m.id !== message.id || !isNewer(message, m)) return m;
      changed = true;
      // Reactions change by their own envelopes; a deleted message has none left.
      return {
        ...m,
        body: message.body,
        editedAt: message.editedAt,
        deleted: message.deleted,
        reactions: message.deleted ? [] : m.reactions,
      };
    }),
  );
  return changed ? { ...data, pages } : data;
}

/**
 * Sets a cached message's reactions to what a reaction answer or envelope says they now are; a
 * deleted message keeps none. No-op when the message is not cached.
 */
export function withReactions(
  data: MessagePages | undefined,
  messageId: number,
  reactions: Reaction[],
): MessagePages | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) =>
    page.map((m) => {
      if (m.id !== messageId || m.deleted) return m;
      changed = true;
      return { ...m, reactions };
    }),
  );
  return changed ? { ...data, pages } : data;
}

export function setReactionsInCache(
  queryClient: QueryClient,
  teamId: number,
  messageId: number,
  reactions: Reaction[],
): void {
  queryClient.setQueryData<MessagePages>(queryKeys.messages(teamId), (data) => withReactions(data, messageId, reactions));
}

export function updateMessageInCache(queryClient: QueryClient, message: Message): void {
  queryClient.setQueryData<MessagePages>(queryKeys.messages(message.teamId), (data) =>
    withUpdatedMessage(data, message),
  );
}

export function addMessageToCache(queryClient: QueryClient, message: Message): void {
  queryClient.setQueryData<MessagePages>(queryKeys.messages(message.teamId), (data) => withMessage(data, message));
}

/** All cached history, oldest first, each id once. */
export function flattenMessages(data: MessagePages | undefined): Message[] {
  if (!data) return [];
  const seen = new Set<number>();
  const out: Message[] = [];
  for (const page of [...data.pages].reverse()) {
    for (const m of page) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      out.push(m);
    }
  }
  return out.sort(order);
}

/** The highest seq the cached history shows: where live following starts. */
export function highestSeq(data: MessagePages | undefined): number {
  let max = 0;
  for (const page of data?.pages ?? []) for (const m of page) if ((m.seq ?? 0) > max) max = m.seq;
  return max;
}

/**
 * The lowest seq from which the cached history is complete: 1 once the beginning of the team is
 * loaded (or there is no message at all), else the seq of the oldest message loaded.
 */
export function historyStartSeq(data: MessagePages | undefined, hasOlder: boolean): number {
  if (!hasOlder) return 1;
  let min = Infinity;
  for (const page of data?.pages ?? []) for (const m of page) if ((m.seq ?? Infinity) < min) min = m.seq;
  return Number.isFinite(min) ? min : 1;
}
