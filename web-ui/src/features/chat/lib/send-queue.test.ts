import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/lib/api-client';
import { REPEATABLE_MAX_ATTEMPTS, repeatableRetryDelay } from '@/lib/retry';
import { HeldBackError, SendQueue } from './send-queue';

type Job = { clientId: string };

/**
 * A server that stores a message (takes the next seq) only when its answer is ready, the way a
 * POST commits: answers that take different times reorder messages sent at the same time.
 */
function fakeServer(latencyMs: (job: Job) => number) {
  const stored: string[] = [];
  const started: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (job: Job) => {
    started.push(job.clientId);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<number>((resolve) =>
      setTimeout(() => {
        inFlight--;
        if (!stored.includes(job.clientId)) stored.push(job.clientId);
        resolve(stored.indexOf(job.clientId) + 1);
      }, latencyMs(job)),
    );
  };
  return { send, stored, started, maxInFlight: () => maxInFlight };
}

const jobs = (n: number): Job[] => Array.from({ length: n }, (_, i) => ({ clientId: `m${i + 1}` }));
const ids = (list: Job[]) => list.map((j) => j.clientId);
const noWait = () => Promise.resolve();

afterEach(() => {
  vi.useRealTimers();
});

describe('SendQueue', () => {
  it('stores messages in the order they were queued although later ones would be answered first', async () => {
    vi.useFakeTimers();
    // The first message is the slowest to answer, the last the quickest.
    const latency = (job: Job) => 100 - Number(job.clientId.slice(1)) * 3;
    const all = jobs(25);

    const racing = fakeServer(latency);
    await Promise.all([...all.map((j) => racing.send(j)), vi.advanceTimersByTimeAsync(1_000)]);
    expect(racing.stored).not.toEqual(ids(all)); // what posting each at once does

    const server = fakeServer(latency);
    const queue = new SendQueue({ send: server.send, retryDelay: repeatableRetryDelay, maxAttempts: 3, wait: noWait });
    const results = all.map((j) => queue.enqueue(j));
    expect(server.started).toEqual(['m1']); // the next waits for the answer
    await vi.advanceTimersByTimeAsync(5_000);

    expect(await Promise.all(results)).toEqual(all.map((_, i) => i + 1));
    expect(server.stored).toEqual(ids(all));
    expect(server.maxInFlight()).toBe(1);
    expect(queue.length).toBe(0);
  });

  it('retries a message with the same job before anything behind it goes, waiting longer each time', async () => {
    const sent: string[] = [];
    let failuresLeft = 2;
    const waits: number[] = [];
    const queue = new SendQueue<Job, string>({
      send: async (job) => {
        sent.push(job.clientId);
        if (job.clientId === 'm2' && failuresLeft-- > 0) throw new NetworkError(new TypeError('Failed to fetch'));
        return job.clientId;
      },
      retryDelay: repeatableRetryDelay,
      maxAttempts: REPEATABLE_MAX_ATTEMPTS,
      wait: async (ms) => {
        waits.push(ms);
      },
    });

    const results = jobs(3).map((j) => queue.enqueue(j));

    expect(await Promise.all(results)).toEqual(['m1', 'm2', 'm3']);
    expect(sent).toEqual(['m1', 'm2', 'm2', 'm2', 'm3']);
    expect(waits).toEqual([500, 1_000]);
  });

  it('waits as long as Retry-After says after a 429 or 503', async () => {
    const waits: number[] = [];
    const answers = [
      new ApiError(429, { detail: 'At most 50 messages per 5 seconds.' }, 3_000),
      new ApiError(503, { detail: 'Service unavailable' }, 0),
    ];
    const queue = new SendQueue<Job, string>({
      send: async (job) => {
        const failure = answers.shift();
        if (failure) throw failure;
        return job.clientId;
      },
      retryDelay: repeatableRetryDelay,
      maxAttempts: REPEATABLE_MAX_ATTEMPTS,
      wait: async (ms) => {
        waits.push(ms);
      },
    });

    await expect(queue.enqueue({ clientId: 'm1' })).resolves.toBe('m1');
    expect(waits).toEqual([3_000, 0]);
  });

  it('fails a message the server refuses for good at once, and sends the ones behind it in their order', async () => {
    const sent: string[] = [];
    const refusal = new ApiError(400, { detail: 'The message must not contain control characters.' });
    const queue = new SendQueue<Job, string>({
      send: async (job) => {
        sent.push(job.clientId);
        if (job.clientId === 'm2') throw refusal;
        return job.clientId;
      },
      retryDelay: repeatableRetryDelay,
      maxAttempts: REPEATABLE_MAX_ATTEMPTS,
      wait: noWait,
    });

    const results = jobs(4).map((j) => queue.enqueue(j).catch((error: unknown) => error));

    expect(await Promise.all(results)).toEqual(['m1', refusal, 'm3', 'm4']);
    expect(sent).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('when retries run out, fails that message and holds back every one behind it, then takes new ones', async () => {
    const sent: string[] = [];
    let down = true;
    const outage = new ApiError(503, { detail: 'Service unavailable' });
    const queue = new SendQueue<Job, string>({
      send: async (job) => {
        sent.push(job.clientId);
        if (down && job.clientId !== 'm1') throw outage;
        return job.clientId;
      },
      retryDelay: repeatableRetryDelay,
      maxAttempts: 3,
      wait: noWait,
    });

    const results = jobs(4).map((j) => queue.enqueue(j).catch((error: unknown) => error));
    const [first, second, third, fourth] = await Promise.all(results);

    expect(first).toBe('m1');
    expect(second).toBe(outage);
    expect(third).toBeInstanceOf(HeldBackError);
    expect(fourth).toBeInstanceOf(HeldBackError);
    expect((third as HeldBackError).earlier).toBe(outage);
    expect(sent).toEqual(['m1', 'm2', 'm2', 'm2']); // nothing behind m2 overtook it
    expect(queue.length).toBe(0);

    // Retried by the user, in the order they choose, once the server is back.
    down = false;
    await expect(Promise.all([queue.enqueue({ clientId: 'm2' }), queue.enqueue({ clientId: 'm3' })])).resolves.toEqual([
      'm2',
      'm3',
    ]);
  });

  it('on abandon rejects everything queued and does not try the one in flight again', async () => {
    const sent: string[] = [];
    const retryGate: { open?: () => void } = {};
    const queue = new SendQueue<Job, string>({
      send: async (job) => {
        sent.push(job.clientId);
        if (job.clientId === 'm3') return 'm3';
        throw new NetworkError(new TypeError('Failed to fetch'));
      },
      retryDelay: repeatableRetryDelay,
      maxAttempts: REPEATABLE_MAX_ATTEMPTS,
      wait: () => new Promise<void>((resolve) => (retryGate.open = resolve)),
    });
    const results = jobs(2).map((j) => queue.enqueue(j).catch((error: unknown) => error));
    await vi.waitFor(() => expect(retryGate.open).toBeDefined()); // m1 failed once and waits to retry

    const signedOut = new Error('Signed out before it was sent.');
    queue.abandon(signedOut);
    expect(await Promise.all(results)).toEqual([signedOut, signedOut]);
    const next = queue.enqueue({ clientId: 'm3' });
    retryGate.open?.();

    await expect(next).resolves.toBe('m3');
    expect(sent).toEqual(['m1', 'm3']);
  });
});
