import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Message } from '@/types/api';

export const MESSAGE_PAGE_SIZE = 50;

/** A page of history, oldest first: the newest `limit` messages with id < before (latest when absent). */
export const getMessages = (teamId: number, before?: number, limit = MESSAGE_PAGE_SIZE, signal?: AbortSignal) =>
  api.get<Message[]>(`/teams/${teamId}/messages`, { before, limit }, signal);

/**
 * Chat history as an infinite query: pages[0] is the newest page, later pages are older.
 * Never stale: after the first load, live envelopes and catch-up keep it current.
 */
export const useMessages = (teamId: number) =>
  useInfiniteQuery({
    queryKey: queryKeys.messages(teamId),
    queryFn: ({ pageParam, signal }) => getMessages(teamId, pageParam, MESSAGE_PAGE_SIZE, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (olderPage) =>
      olderPage.length < MESSAGE_PAGE_SIZE ? undefined : Math.min(...olderPage.map((m) => m.id)),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    enabled: Number.isFinite(teamId),
  });
