import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadThrottle } from './read-throttle';

describe('ReadThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at once, then at most once a second with the furthest seq', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const throttle = new ReadThrottle(send, 1_000, () => Date.now());

    throttle.seen(1, 5);
    throttle.seen(1, 6);
    throttle.seen(1, 8);
    expect(send.mock.calls).toEqual([[1, 5]]);

    await vi.advanceTimersByTimeAsync(999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send.mock.calls).toEqual([
      [1, 5],
      [1, 8],
    ]);
  });

  it('never sends a marker that does not move forward', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const throttle = new ReadThrottle(send);

    throttle.seen(1, 4, 4);
    throttle.seen(1, 7, 4);
    await vi.advanceTimersByTimeAsync(5_000);
    throttle.seen(1, 6);
    throttle.seen(1, 7);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(send.mock.calls).toEqual([[1, 7]]);
  });

  it('keeps teams apart', () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const throttle = new ReadThrottle(send);
    throttle.seen(1, 3);
    throttle.seen(2, 9);
    expect(send.mock.calls).toEqual([
      [1, 3],
      [2, 9],
    ]);
  });

  it('sends again after a failed write', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const throttle = new ReadThrottle(send);
    throttle.seen(1, 3);
    await vi.advanceTimersByTimeAsync(1_000);
    throttle.seen(1, 3);
    expect(send.mock.calls).toEqual([
      [1, 3],
      [1, 3],
    ]);
  });
});
