import { env } from '@/config/env';

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
 * them, and how long it asked to wait (`Retry-After`, on 429 and 503) before trying again.
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

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  params?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
};

type UnauthorizedHandler = (path: string) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** The app registers one handler so an expired session anywhere sends the user back to sign-in. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, params?: RequestOptions['params']): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${env.apiBase}${path}${qs ? `?${qs}` : ''}`;
}

/** The address of an API resource, for links the browser follows itself (downloads). */
export const apiUrl = (path: string) => buildUrl(path);

async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return parsed as Problem;
    } catch {
      // not JSON: fall through to a generic problem
    }
  }
  return { status: response.status, title: response.statusText || 'Request failed' };
}

/** Calls the Huddle API with the session cookie; resolves to parsed JSON (or undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, params, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && onUnauthorized) onUnauthorized(path);
    throw new ApiError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, params?: RequestOptions['params'], signal?: AbortSignal) =>
    apiRequest<T>(path, { params, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/** A short human sentence for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
