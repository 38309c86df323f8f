// Pure per-team sequencing of real-time envelopes: no timers, no I/O, no React.
//
// Every team envelope carries `seq` (1, 2, 3, … with no gaps). The sequencer remembers the last
// seq it released and releases each later seq exactly once, in order: duplicates are dropped,
// envelopes that arrive ahead of a gap are held back until the missing ones turn up, either
// live or from an activity catch-up page (`GET /api/teams/{id}/activity?after=<lastSeq>`).

/** Where an envelope came from: the live topic, a catch-up after a gap/reconnect, or the first sync. */
export type EnvelopeSource = 'live' | 'catch-up' | 'initial';

export type Sequenced<E> = { envelope: E; source: EnvelopeSource };

type HasSeq = { seq: number | null };

export class TeamSequencer<E extends HasSeq> {
  private last: number;
  private readonly held = new Map<number, Sequenced<E>>();
  private catchingUp = false;

  /** @param lastSeq the last seq already reflected in the UI (0 when nothing is). */
  constructor(lastSeq = 0) {
    this.last = lastSeq;
  }

  /** The last seq released, i.e. the `after=` for the next catch-up. */
  get lastSeq(): number {
    return this.last;
  }

  /** True while envelopes later than a missing seq are held back. */
  get hasGap(): boolean {
    return this.held.size > 0;
  }

  /** The seqs being held back, ascending. */
  get heldSeqs(): number[] {
    return [...this.held.keys()].sort((a, b) => a - b);
  }

  get isCatchingUp(): boolean {
    return this.catchingUp;
  }

  /**
   * Takes one envelope (live, or from any other source) and returns the envelopes that are now
   * ready, in seq order. Envelopes without a seq are not sequenced and pass straight through.
   */
  receive(envelope: E, source: EnvelopeSource = 'live'): Sequenced<E>[] {
    const seq = envelope.seq;
    if (seq === null || seq === undefined || !Number.isFinite(seq)) return [{ envelope, source }];
    if (!this.hold(envelope, seq, source)) return [];
    return this.drain();
  }

  /** Marks the start of a catch-up and returns the `after` value to fetch activity with. */
  beginCatchUp(): number {
    this.catchingUp = true;
    return this.last;
  }

  /**
   * Merges one page of activity (in any order, overlaps allowed) and returns what became ready.
   * Live envelopes keep flowing through `receive` meanwhile; both paths share one dedupe.
   */
  acceptCatchUpPage(page: readonly E[], source: EnvelopeSource = 'catch-up'): Sequenced<E>[] {
    for (const envelope of page) {
      const seq = envelope.seq;
      if (seq === null || seq === undefined || !Number.isFinite(seq)) continue;
      this.hold(envelope, seq, source);
    }
    return this.drain();
  }

  finishCatchUp(): void {
    this.catchingUp = false;
  }

  /**
   * Gives up on the missing seqs below the lowest held one (the server has confirmed it has
   * nothing for them) and releases the held envelopes in order.
   */
  skipGap(): Sequenced<E>[] {
    if (this.held.size === 0) return [];
    this.last = Math.min(...this.held.keys()) - 1;
    return this.drain();
  }

  private hold(envelope: E, seq: number, source: EnvelopeSource): boolean {
    if (seq <= this.last || this.held.has(seq)) return false;
    this.held.set(seq, { envelope, source });
    return true;
  }

  private drain(): Sequenced<E>[] {
    const ready: Sequenced<E>[] = [];
    for (let next = this.held.get(this.last + 1); next; next = this.held.get(this.last + 1)) {
      this.held.delete(this.last + 1);
      this.last += 1;
      ready.push(next);
    }
    return ready;
  }
}
