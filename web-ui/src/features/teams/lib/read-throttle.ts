/**
 * Sends read markers sparingly: per team at most one write per `intervalMs`, only when the marker
 * moves forward, and always the furthest seq seen by the time it goes out. A failed write is not
 * retried by itself; the next seen message (or reload) sends the marker again.
 */
export class ReadThrottle {
  private readonly sent = new Map<number, number>();
  private readonly wanted = new Map<number, number>();
  private readonly lastAt = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly send: (teamId: number, seq: number) => Promise<unknown>,
    private readonly intervalMs = 1_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The reader has seen the team up to `seq`; `known` is the marker the server is known to hold. */
  seen(teamId: number, seq: number, known = 0): void {
    const floor = Math.max(known, this.sent.get(teamId) ?? 0, this.wanted.get(teamId) ?? 0);
    if (seq <= floor) return;
    this.wanted.set(teamId, seq);
    if (this.timers.has(teamId)) return;
    const wait = (this.lastAt.get(teamId) ?? -Infinity) + this.intervalMs - this.now();
    if (wait <= 0) this.flush(teamId);
    else this.timers.set(teamId, setTimeout(() => this.flush(teamId), wait));
  }

  /** Drops pending writes (sign-out). */
  clear(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.wanted.clear();
    this.sent.clear();
    this.lastAt.clear();
  }

  private flush(teamId: number): void {
    this.timers.delete(teamId);
    const seq = this.wanted.get(teamId);
    this.wanted.delete(teamId);
    if (seq === undefined || seq <= (this.sent.get(teamId) ?? 0)) return;
    this.sent.set(teamId, seq);
    this.lastAt.set(teamId, this.now());
    this.send(teamId, seq).catch(() => {
      if ((this.sent.get(teamId) ?? 0) === seq) this.sent.delete(teamId);
    });
  }
}
