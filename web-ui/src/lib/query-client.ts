import { QueryClient } from '@tanstack/react-query';
import { REPEATABLE_MAX_ATTEMPTS, repeatableRetryDelay } from './retry';

// Reads are repeatable requests (lib/retry.ts). TanStack Query calls `retry` and `retryDelay` with
// the failures that came before this one (0 after the first attempt failed), so the attempt that
// just failed is `failureCount + 1`.

/** Whether a query that just failed with `error` is sent again. */
export const shouldRetryQuery = (failureCount: number, error: unknown): boolean =>
  failureCount + 1 < REPEATABLE_MAX_ATTEMPTS && repeatableRetryDelay(error, failureCount + 1) !== null;

/** How long a query waits before it is sent again (only asked for when `shouldRetryQuery` says yes). */
export const queryRetryDelay = (failureCount: number, error: unknown): number =>
  repeatableRetryDelay(error, failureCount + 1) ?? 0;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
      },
      // Not here: an `idempotent` POST retries inside apiRequest under one Idempotency-Key, and a
      // retried mutation would call it again with a fresh key, so a lost answer could mean a second change.
      mutations: { retry: false },
    },
  });
}
