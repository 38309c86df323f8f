// Pure per-team send queue for one person's chat messages: no React, no fetch, waiting injected.
//
// The server numbers a team's messages (`seq`) in the order their POSTs commit. Two POSTs in
// flight at once race through the two api replicas, so the message typed second can take the
// lower seq and be shown before the first on every screen. The queue therefore keeps at most one
// POST in flight per team: the next starts only after the previous one was answered (201).
//
// A transient failure (no answer, 5xx, 429) is retried with the same job, hence the same
// clientId, which the server de-duplicates, before anything behind it goes: a retry never
// overtakes. Which failures are transient and how long to wait is `retryDelay`'s to say
// (post-message.ts passes the rule for repeatable requests, lib/retry.ts, which honours
// `Retry-After`). When a message finally fails:
// - refused for good (4xx other than 429: too long, no longer a member, signed out): it concerns
//   that message alone, so it fails and the messages behind it go on, in their order;
// - still failing after `maxAttempts` (server unreachable): it fails and so does every message
//   queued behind it (`HeldBackError`), at once, so none of them is stored ahead of it.
// A failed message is sent again only when the user retries it: it is queued again at the end,
// behind whatever was queued since.

export type SendQueueOptions<J, R> = {
  /** One attempt; rejects with the reason it failed. */
  send: (job: J) => Promise<R>;
  /** How long to wait before attempt `attempt + 1` after `error`, or null when retrying cannot help. */
  retryDelay: (error: unknown, attempt: number) => number | null;
  /** Attempts per message, the first one included, before it counts as failed. */
  maxAttempts: number;
  wait: (ms: number) => Promise<void>;
};

/** Why a message was not sent although nothing was wrong with it: one queued before it failed. */
export class HeldBackError extends Error {
  constructor(readonly earlier: unknown) {
    super('An earlier message could not be sent, so this one was held back to keep your order.');
    this.name = 'HeldBackError';
  }
}

type Entry<J, R> = { job: J; resolve: (result: R) => void; reject: (error: unknown) => void };

type Attempted<R> = { ok: true; result: R } | { ok: false; error: unknown; permanent: boolean };

export class SendQueue<J, R> {
  private readonly entries: Entry<J, R>[] = [];
  private draining = false;
  private generation = 0;

  constructor(private readonly options: SendQueueOptions<J, R>) {}

  /** Messages queued or in flight. */
  get length(): number {
    return this.entries.length;
  }

  /** Queues a job behind all earlier ones; settles when it was sent or finally failed. */
  enqueue(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.entries.push({ job, resolve, reject });
      void this.drain();
    });
  }

  /**
   * Gives up on everything queued (on sign-out, so nothing is retried under the next person's
   * session): each rejects with `reason`, and the message in flight is not tried again.
   */
  abandon(reason: unknown): void {
    this.generation++;
    for (const entry of this.entries.splice(0)) entry.reject(reason);
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.entries.length > 0) {
        const entry = this.entries[0];
        const generation = this.generation;
        const outcome = await this.attempt(entry.job, generation);
        if (generation !== this.generation) continue; // abandoned meanwhile: already rejected
        this.entries.shift();
        if (outcome.ok) {
          entry.resolve(outcome.result);
        } else if (outcome.permanent) {
          entry.reject(outcome.error);
        } else {
          const behind = this.entries.splice(0);
          entry.reject(outcome.error);
          for (const held of behind) held.reject(new HeldBackError(outcome.error));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async attempt(job: J, generation: number): Promise<Attempted<R>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { ok: true, result: await this.options.send(job) };
      } catch (error) {
        const delay = this.options.retryDelay(error, attempt);
        if (delay === null) return { ok: false, error, permanent: true };
        if (attempt >= this.options.maxAttempts) return { ok: false, error, permanent: false };
        await this.options.wait(delay);
        if (generation !== this.generation) return { ok: false, error, permanent: true };
      }
    }
  }
}
