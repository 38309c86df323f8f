// The client retry rule for repeatable requests (every GET, login, chat posts, which the server
// de-duplicates by clientId, and every change sent with an Idempotency-Key: PUT, PATCH, DELETE and
// creating POSTs, see `idempotent` in api-client.ts): docs/api-notes.md, "Retrying".

import { ApiError, NetworkError } from './api-errors';

/** Attempts per repeatable request, the first one included. */
export const REPEATABLE_MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * How long to wait after attempt `attempt` (1 for the first) failed with `error` before sending the
 * request again, or null when another attempt cannot help. No answer, a 5xx, a 429 and a 409 with
 * `Retry-After` (the same Idempotency-Key is still being worked on) are retried: after `Retry-After`
 * when the server gave it (at most 30 s), else 0.5 s, 1 s, 2 s, 4 s, 8 s. Any other answer is final.
 */
export function repeatableRetryDelay(error: unknown, attempt: number): number | null {
  const backoff = Math.min(BASE_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
  if (error instanceof NetworkError) return backoff;
  if (!(error instanceof ApiError)) return null;
  // A 409 without Retry-After (already a member, name taken) is final.
  const stillRunning = error.status === 409 && error.retryAfterMs !== null;
  if (!(error.status === 429 || error.status >= 500 || stillRunning)) return null;
  return error.retryAfterMs === null ? backoff : Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
}
