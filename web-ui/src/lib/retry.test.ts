import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './api-client';
import { repeatableRetryDelay } from './retry';

describe('repeatableRetryDelay', () => {
  it('backs off on no answer and on 5xx or 429 without Retry-After: 0.5 s doubling up to 8 s', () => {
    const network = new NetworkError(new TypeError('Failed to fetch'));
    expect([1, 2, 3, 4, 5, 6].map((n) => repeatableRetryDelay(network, n))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(repeatableRetryDelay(new ApiError(502, {}), 2)).toBe(1_000);
    expect(repeatableRetryDelay(new ApiError(429, {}), 1)).toBe(500);
  });

  it('follows Retry-After, up to 30 s', () => {
    expect(repeatableRetryDelay(new ApiError(429, {}, 2_000), 1)).toBe(2_000);
    expect(repeatableRetryDelay(new ApiError(503, {}, 0), 3)).toBe(0);
    expect(repeatableRetryDelay(new ApiError(503, {}, 120_000), 1)).toBe(30_000);
  });

  it('retries a 409 with Retry-After: the first request under the same Idempotency-Key is still running', () => {
    expect(repeatableRetryDelay(new ApiError(409, {}, 1_000), 1)).toBe(1_000);
    expect(repeatableRetryDelay(new ApiError(409, {}, 0), 4)).toBe(0);
    expect(repeatableRetryDelay(new ApiError(409, {}, 120_000), 2)).toBe(30_000);
  });

  it('does not retry what another attempt cannot fix', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 422]) expect(repeatableRetryDelay(new ApiError(status, {}), 1)).toBeNull();
    expect(repeatableRetryDelay(new Error('boom'), 1)).toBeNull();
  });
});
