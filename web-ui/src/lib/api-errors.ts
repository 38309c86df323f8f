// What a failed API call turns into; shared by the client (api-client.ts) and the retry rule (retry.ts).

/** An RFC 9457 problem document as the api-service sends it (`errors` is an optional extension). */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: unknown;
  [extension: string]: unknown;
};

/**
 * A failed API call: HTTP status, the problem's `detail`, per-field messages when the server gave
 * them, and how long it asked to wait (`Retry-After`, on 429, 503 and a 409 "still running") before trying again.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterMs: number | null;

  constructor(status: number, problem: Problem, retryAfterMs: number | null = null) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = extractFieldErrors(problem.errors);
    this.retryAfterMs = retryAfterMs;
  }
}

/** `Retry-After` as milliseconds from now: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A request that never got an HTTP answer (server down, network gone). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Cannot reach Huddle. Check your connection and try again.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

const fieldOf = (item: Record<string, unknown>): string | undefined => {
  const raw = item.field ?? item.name ?? item.property ?? item.pointer;
  if (typeof raw !== 'string' || raw === '') return undefined;
  // JSON pointers (`#/username`, `/username`) name the field in their last segment.
  return raw.replace(/^#?\//, '').split('/').pop();
};

const messageOf = (item: unknown): string | undefined => {
  if (typeof item === 'string') return item;
  if (Array.isArray(item)) return item.map(messageOf).filter(Boolean).join(' ');
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    const m = o.message ?? o.detail ?? o.defaultMessage ?? o.reason;
    return typeof m === 'string' ? m : undefined;
  }
  return undefined;
};

/**
 * Normalises the shapes a validation `errors` extension commonly takes:
 * `[{field, message}]`, `[{pointer, detail}]`, `{field: "msg"}` or `{field: ["msg", …]}`.
 */
export function extractFieldErrors(errors: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (!item || typeof item !== 'object') continue;
      const field = fieldOf(item as Record<string, unknown>);
      const message = messageOf(item);
      if (field && message && !out[field]) out[field] = message;
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, value] of Object.entries(errors as Record<string, unknown>)) {
      const message = messageOf(value);
      if (message) out[field] = message;
    }
  }
  return out;
}
