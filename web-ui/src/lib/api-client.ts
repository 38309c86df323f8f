import { env } from '@/config/env';
import { ApiError, NetworkError, parseRetryAfter, type Problem } from './api-errors';
import { REPEATABLE_MAX_ATTEMPTS, repeatableRetryDelay } from './retry';
import { uuid } from './uuid';

export { ApiError, NetworkError, extractFieldErrors, parseRetryAfter, type Problem } from './api-errors';

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  params?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /**
   * A change the api-service runs at most once per key (docs/api-notes.md, "Idempotency-Key"): it carries
   * a fresh `Idempotency-Key`, and is sent again under that same key by the repeatable rule (lib/retry.ts).
   * Every PUT, PATCH and DELETE is sent this way; a POST when the caller asks for it.
   */
  idempotent?: boolean;
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

async function send<T>(path: string, options: RequestOptions, extraHeaders?: Record<string, string>): Promise<T> {
  const { method = 'GET', body, params, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...extraHeaders };
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

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls the Huddle API with the session cookie; resolves to parsed JSON (or undefined for 204).
 * One attempt, except for an `idempotent` request: one key for the whole call, up to
 * REPEATABLE_MAX_ATTEMPTS attempts, so the server acts once however many of them reach it.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (!options.idempotent) return send<T>(path, options);
  const key = { 'Idempotency-Key': uuid() };
  for (let attempt = 1; ; attempt++) {
    try {
      return await send<T>(path, options, key);
    } catch (error) {
      const delay = attempt < REPEATABLE_MAX_ATTEMPTS ? repeatableRetryDelay(error, attempt) : null;
      if (delay === null) throw error;
      await wait(delay);
    }
  }
}

export const api = {
  get: <T>(path: string, params?: RequestOptions['params'], signal?: AbortSignal) =>
    apiRequest<T>(path, { params, signal }),
  /**
   * Creating POSTs (and any other POST but sign-in, sign-out and chat posts) pass `{ idempotent: true }`;
   * without it the POST is sent once, for callers that retry it themselves (the chat send queue).
   */
  post: <T>(path: string, body?: unknown, options?: Pick<RequestOptions, 'idempotent'>) =>
    apiRequest<T>(path, { method: 'POST', body, ...options }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body, idempotent: true }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body, idempotent: true }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE', idempotent: true }),
};

/** A short human sentence for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
