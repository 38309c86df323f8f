import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/testing/test-utils';
import { ApiError, NetworkError, api } from './api-client';
import { createQueryClient, queryRetryDelay, shouldRetryQuery } from './query-client';

const network = new NetworkError(new TypeError('Failed to fetch'));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('shouldRetryQuery', () => {
  it('sends a query six times in all on no answer, a 5xx or a 429', () => {
    // TanStack Query passes the failures before the one just seen: 0 after the first attempt.
    for (const error of [network, new ApiError(500, {}), new ApiError(503, {}, 1_000), new ApiError(429, {})]) {
      expect([0, 1, 2, 3, 4, 5].map((failureCount) => shouldRetryQuery(failureCount, error))).toEqual([
        true,
        true,
        true,
        true,
        true,
        false,
      ]);
    }
  });

  it('takes any other answer as final', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetryQuery(0, new ApiError(status, {}))).toBe(false);
    expect(shouldRetryQuery(0, new Error('unreadable answer'))).toBe(false);
  });
});

describe('queryRetryDelay', () => {
  it('waits 0.5 s before the first retry, then 1, 2, 4 and 8 s', () => {
    expect([0, 1, 2, 3, 4].map((failureCount) => queryRetryDelay(failureCount, network))).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
    expect(queryRetryDelay(0, new ApiError(502, {}))).toBe(500);
  });

  it('follows Retry-After, up to 30 s', () => {
    expect(queryRetryDelay(0, new ApiError(429, {}, 3_000))).toBe(3_000);
    expect(queryRetryDelay(4, new ApiError(503, {}, 0))).toBe(0);
    expect(queryRetryDelay(1, new ApiError(503, {}, 120_000))).toBe(30_000);
  });
});

describe('createQueryClient', () => {
  const fetchTeams = (client: ReturnType<typeof createQueryClient>) =>
    client.fetchQuery({ queryKey: ['teams'], queryFn: () => api.get('/teams') }).catch((error: unknown) => error);

  it('retries a failing read five times, 0.5 s to 8 s apart, then gives up', async () => {
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

    const result = fetchTeams(createQueryClient());
    await vi.advanceTimersByTimeAsync(60_000);

    expect(await result).toBeInstanceOf(NetworkError);
    expect(sentAt).toEqual([0, 500, 1_500, 3_500, 7_500, 15_500]);
  });

  it('waits as long as Retry-After says, and stops at an answer that is final', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    const sentAt: number[] = [];
    const replies = [
      { status: 503, body: { status: 503, detail: 'Service unavailable' }, headers: { 'Retry-After': '3' } },
      { status: 429, body: { status: 429, detail: 'Too many requests' }, headers: { 'Retry-After': '1' } },
      { status: 404, body: { status: 404, detail: 'Not found' } },
    ];
    mockApi({
      'GET /api/teams': () => {
        sentAt.push(Date.now() - start);
        return replies.shift() ?? { body: [] };
      },
    });

    const result = fetchTeams(createQueryClient());
    await vi.advanceTimersByTimeAsync(60_000);

    expect(await result).toMatchObject({ status: 404 });
    expect(sentAt).toEqual([0, 3_000, 4_000]);
  });
});
