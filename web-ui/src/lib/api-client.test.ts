import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/testing/test-utils';
import { ApiError, NetworkError, api, extractFieldErrors, parseRetryAfter, setUnauthorizedHandler } from './api-client';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setUnauthorizedHandler(null);
});

describe('extractFieldErrors', () => {
  it('reads a list of {field, message}', () => {
    expect(extractFieldErrors([{ field: 'username', message: 'taken' }, { field: 'password', message: 'short' }])).toEqual({
      username: 'taken',
      password: 'short',
    });
  });

  it('reads JSON pointers and detail', () => {
    expect(extractFieldErrors([{ pointer: '#/title', detail: 'must not be blank' }])).toEqual({ title: 'must not be blank' });
  });

  it('reads a map of strings or string lists', () => {
    expect(extractFieldErrors({ name: 'required', password: ['too short', 'needs a digit'] })).toEqual({
      name: 'required',
      password: 'too short needs a digit',
    });
  });

  it('ignores what it cannot read', () => {
    expect(extractFieldErrors(undefined)).toEqual({});
    expect(extractFieldErrors('oops')).toEqual({});
    expect(extractFieldErrors([null, 3, { message: 'no field' }])).toEqual({});
  });
});

describe('apiRequest', () => {
  it('sends JSON with the session cookie and parses the answer', async () => {
    const { fetchMock } = mockApi({ 'POST /api/teams': ({ body }) => ({ status: 201, body: { id: 1, ...(body as object) } }) });
    await expect(api.post('/teams', { name: 'A' })).resolves.toEqual({ id: 1, name: 'A' });
    const init = fetchMock.mock.calls[0][1] as RequestInit;
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns problem+json into an ApiError with detail and field errors', async () => {
    mockApi({
      'POST /api/auth/register': () => ({
        status: 400,
        body: { title: 'Bad Request', status: 400, detail: 'Invalid input', errors: [{ field: 'username', message: 'too short' }] },
      }),
    });
    const error = await api.post('/auth/register', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('Invalid input');
    expect((error as ApiError).fieldErrors).toEqual({ username: 'too short' });
  });

  it('keeps how long a 429 asks to wait', async () => {
    mockApi({
      'POST /api/teams/3/messages': () => ({ status: 429, body: { detail: 'Too many messages' }, headers: { 'Retry-After': '2' } }),
      'GET /api/teams': () => ({ status: 400, body: { detail: 'Bad' } }),
    });
    expect(((await api.post('/teams/3/messages', {}).catch((e: unknown) => e)) as ApiError).retryAfterMs).toBe(2_000);
    expect(((await api.get('/teams').catch((e: unknown) => e)) as ApiError).retryAfterMs).toBeNull();
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 5 ', now)).toBe(5_000);
    expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:03 GMT', now)).toBe(3_000);
    expect(parseRetryAfter('Mon, 30 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('copes with an error body that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const error = (await api.get('/teams').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.message).toBe('Bad Gateway');
  });

  it('returns undefined for 204 and adds query parameters, skipping empty ones', async () => {
    const { calls } = mockApi({ 'GET /api/teams/3/messages': () => ({ status: 204 }) });
    await expect(api.get('/teams/3/messages', { before: 40, limit: 50, after: undefined })).resolves.toBeUndefined();
    expect(calls[0].path).toBe('/api/teams/3/messages?before=40&limit=50');
  });

  it('reports a network failure as NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.get('/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('tells the unauthorized handler about a 401', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockApi({ 'GET /api/teams': () => ({ status: 401, body: { detail: 'Sign in' } }) });
    await expect(api.get('/teams')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledWith('/teams');
  });
});

describe('an idempotent POST', () => {
  const keysSent = (fetchMock: ReturnType<typeof mockApi>['fetchMock']) =>
    fetchMock.mock.calls.map(([, init]) => ((init as RequestInit).headers as Record<string, string>)['Idempotency-Key']);

  it('carries a fresh Idempotency-Key per call; other requests carry none', async () => {
    const { fetchMock } = mockApi({
      'POST /api/teams': () => ({ status: 201, body: { id: 1 } }),
      'POST /api/teams/3/messages': () => ({ status: 201, body: { id: 2 } }),
      'GET /api/teams': () => ({ body: [] }),
    });
    await api.post('/teams', { name: 'A' }, { idempotent: true });
    await api.post('/teams', { name: 'A' }, { idempotent: true });
    await api.post('/teams/3/messages', { body: 'hi', clientId: 'c1' });
    await api.get('/teams');

    const [first, second, ...others] = keysSent(fetchMock);
    expect(first).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(second).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    expect(second).not.toBe(first);
    expect(others).toEqual([undefined, undefined]);
  });

  it('is sent again under the same key after no answer, a 5xx and a 409 still running, then resolves once', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    const sentAt: number[] = [];
    const replies: (() => Response)[] = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => new Response('<html>Bad gateway</html>', { status: 502 }),
      () => Response.json({ status: 409, detail: 'Still working on it' }, { status: 409, headers: { 'Retry-After': '1' } }),
      () => Response.json({ id: 1, name: 'A' }, { status: 201, headers: { 'Idempotent-Replayed': 'true' } }),
    ];
    const fetchMock = vi.fn(async () => {
      sentAt.push(Date.now() - start);
      return replies.shift()!();
    });
    vi.stubGlobal('fetch', fetchMock);

    const created = vi.fn();
    void api.post('/teams', { name: 'A' }, { idempotent: true }).then(created);
    await vi.advanceTimersByTimeAsync(60_000);

    expect(created).toHaveBeenCalledTimes(1);
    expect(created).toHaveBeenCalledWith({ id: 1, name: 'A' });
    expect(sentAt).toEqual([0, 500, 1_500, 2_500]);
    expect(new Set(keysSent(fetchMock)).size).toBe(1);
  });

  it('is how every PUT, PATCH and DELETE is sent: a key each, and sent again under it after no answer', async () => {
    vi.useFakeTimers();
    const replies: Record<string, (() => Response)[]> = {};
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      replies[method] = [
        () => {
          throw new TypeError('Failed to fetch');
        },
        () => new Response(null, { status: 204, headers: { 'Idempotent-Replayed': 'true' } }),
      ];
    }
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => replies[init.method!].shift()!());
    vi.stubGlobal('fetch', fetchMock);

    const done = Promise.all([
      api.put('/teams/3/events/4/rsvp', { response: 'yes' }),
      api.patch('/teams/3/messages/5', { body: 'fixed' }),
      api.delete('/teams/3/messages/5'),
    ]);
    await vi.advanceTimersByTimeAsync(5_000);
    await done;

    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const keys = fetchMock.mock.calls
        .filter(([, init]) => init.method === method)
        .map(([, init]) => (init.headers as Record<string, string>)['Idempotency-Key']);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
      expect(keys[1]).toBe(keys[0]);
    }
  });

  it('takes a 400 or a 422 as final', async () => {
    for (const status of [400, 422]) {
      const { fetchMock } = mockApi({ 'POST /api/teams': () => ({ status, body: { status, detail: 'No' } }) });
      const error = await api.post('/teams', { name: '' }, { idempotent: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ status });
      expect(fetchMock).toHaveBeenCalledTimes(1);
    }
  });

  it('gives up after six attempts, 0.5 s to 8 s apart', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    const sentAt: number[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        sentAt.push(Date.now() - start);
        throw new TypeError('Failed to fetch');
      }),
    );

    const result = api.post('/teams', { name: 'A' }, { idempotent: true }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);

    expect(await result).toBeInstanceOf(NetworkError);
    expect(sentAt).toEqual([0, 500, 1_500, 3_500, 7_500, 15_500]);
  });

  it('is the only retry: without `idempotent` a POST is sent once (the chat send queue retries its own)', async () => {
    const { fetchMock } = mockApi({
      'POST /api/teams/3/messages': () => ({ status: 503, body: { detail: 'Unavailable' }, headers: { 'Retry-After': '0' } }),
    });
    await expect(api.post('/teams/3/messages', {})).rejects.toMatchObject({ status: 503 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
