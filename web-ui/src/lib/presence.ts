import type { TypingFrame } from '@/types/api';

/** How often a typist repeats "typing"; receivers forget it after `TYPING_TTL_MS` without one. */
export const TYPING_EVERY_MS = 3_000;
export const TYPING_TTL_MS = 5_000;

/**
 * The typist's side: turns every keystroke into at most one "typing" signal per
 * `TYPING_EVERY_MS`, and sends "stopped" once when the draft is sent, emptied or left.
 */
export class TypingSignaller {
  private typing = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly send: (typing: boolean) => void,
    private readonly now: () => number = Date.now,
    private readonly everyMs = TYPING_EVERY_MS,
  ) {}

  /** `true` on a keystroke in a non-empty draft; `false` on send, blur or an emptied draft. */
  signal(typing: boolean): void {
    if (!typing) {
      if (!this.typing) return;
      this.typing = false;
      this.lastSentAt = Number.NEGATIVE_INFINITY;
      this.send(false);
      return;
    }
    const now = this.now();
    if (this.typing && now - this.lastSentAt < this.everyMs) return;
    this.typing = true;
    this.lastSentAt = now;
    this.send(true);
  }
}

/**
 * The receivers' side: who types now. A "typing" holds for `TYPING_TTL_MS` unless repeated, so a
 * closed tab or a lost "stopped" cannot leave anyone typing for good.
 */
export class TypingRoster {
  private readonly until = new Map<number, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = TYPING_TTL_MS,
  ) {}

  apply(frame: TypingFrame): void {
    if (frame.typing) this.until.set(frame.userId, this.now() + this.ttlMs);
    else this.until.delete(frame.userId);
  }

  /** The user's message arrived: they are done typing it. */
  stopped(userId: number): void {
    this.until.delete(userId);
  }

  /** Who types now, in the order they started. */
  current(): number[] {
    const now = this.now();
    for (const [user, until] of this.until) if (until <= now) this.until.delete(user);
    return [...this.until.keys()];
  }

  /** When the next "typing" runs out, if any. */
  nextExpiry(): number | undefined {
    return this.until.size === 0 ? undefined : Math.min(...this.until.values());
  }
}
