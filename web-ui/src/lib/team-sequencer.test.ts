import { describe, expect, it } from 'vitest';
import { TeamSequencer, type Sequenced } from './team-sequencer';

type Env = { id: string; seq: number | null };
const env = (seq: number | null, id = `e${seq}`): Env => ({ id, seq });
const seqs = (out: Sequenced<Env>[]): number[] => out.map((s) => s.envelope.seq ?? -1);

describe('TeamSequencer', () => {
  describe('in-order delivery', () => {
    it('releases consecutive envelopes at once', () => {
      const s = new TeamSequencer<Env>(0);
      expect(seqs(s.receive(env(1)))).toEqual([1]);
      expect(seqs(s.receive(env(2)))).toEqual([2]);
      expect(s.lastSeq).toBe(2);
      expect(s.hasGap).toBe(false);
    });

    it('starts from the given baseline', () => {
      const s = new TeamSequencer<Env>(41);
      expect(seqs(s.receive(env(42)))).toEqual([42]);
      expect(s.lastSeq).toBe(42);
    });

    it('tags released envelopes with their source', () => {
      const s = new TeamSequencer<Env>(0);
      expect(s.receive(env(1), 'live')[0].source).toBe('live');
      expect(s.acceptCatchUpPage([env(2)], 'initial')[0].source).toBe('initial');
      expect(s.acceptCatchUpPage([env(3)])[0].source).toBe('catch-up');
    });
  });

  describe('duplicates', () => {
    it('drops an envelope already released', () => {
      const s = new TeamSequencer<Env>(0);
      s.receive(env(1));
      expect(s.receive(env(1))).toEqual([]);
      expect(s.lastSeq).toBe(1);
    });

    it('drops envelopes at or below the baseline', () => {
      const s = new TeamSequencer<Env>(10);
      expect(s.receive(env(3))).toEqual([]);
      expect(s.receive(env(10))).toEqual([]);
      expect(s.hasGap).toBe(false);
    });

    it('drops a second copy of an envelope that is being held back', () => {
      const s = new TeamSequencer<Env>(0);
      s.receive(env(3, 'first'));
      s.receive(env(3, 'second'));
      expect(s.heldSeqs).toEqual([3]);
      const out = [...s.receive(env(1)), ...s.receive(env(2))];
      expect(out.map((o) => o.envelope.id)).toEqual(['e1', 'e2', 'first']);
    });

    it('releases each seq exactly once when live and catch-up overlap', () => {
      const s = new TeamSequencer<Env>(0);
      const released: number[] = [];
      released.push(...seqs(s.receive(env(1))));
      s.beginCatchUp();
      released.push(...seqs(s.receive(env(3))));
      released.push(...seqs(s.acceptCatchUpPage([env(1), env(2), env(3), env(4)])));
      s.finishCatchUp();
      released.push(...seqs(s.receive(env(4))));
      released.push(...seqs(s.receive(env(5))));
      expect(released).toEqual([1, 2, 3, 4, 5]);
    });
  });

  describe('gaps and out-of-order arrival', () => {
    it('holds back an envelope after a gap until the gap is filled', () => {
      const s = new TeamSequencer<Env>(0);
      expect(s.receive(env(2))).toEqual([]);
      expect(s.hasGap).toBe(true);
      expect(s.heldSeqs).toEqual([2]);
      expect(seqs(s.receive(env(1)))).toEqual([1, 2]);
      expect(s.hasGap).toBe(false);
      expect(s.lastSeq).toBe(2);
    });

    it('reorders a shuffled burst', () => {
      const s = new TeamSequencer<Env>(0);
      const out: number[] = [];
      for (const n of [4, 2, 5, 1, 3, 6]) out.push(...seqs(s.receive(env(n))));
      expect(out).toEqual([1, 2, 3, 4, 5, 6]);
      expect(s.hasGap).toBe(false);
    });

    it('releases only up to the next missing seq', () => {
      const s = new TeamSequencer<Env>(0);
      s.receive(env(2));
      s.receive(env(4));
      expect(seqs(s.receive(env(1)))).toEqual([1, 2]);
      expect(s.heldSeqs).toEqual([4]);
      expect(seqs(s.receive(env(3)))).toEqual([3, 4]);
    });

    it('fills a gap from a catch-up page and keeps the held live envelope', () => {
      const s = new TeamSequencer<Env>(5);
      s.receive(env(8));
      expect(s.beginCatchUp()).toBe(5);
      const out = s.acceptCatchUpPage([env(6), env(7)]);
      s.finishCatchUp();
      expect(out.map((o) => [o.envelope.seq, o.source])).toEqual([
        [6, 'catch-up'],
        [7, 'catch-up'],
        [8, 'live'],
      ]);
      expect(s.hasGap).toBe(false);
    });

    it('accepts a catch-up page that is itself out of order', () => {
      const s = new TeamSequencer<Env>(0);
      expect(seqs(s.acceptCatchUpPage([env(3), env(1), env(2)]))).toEqual([1, 2, 3]);
    });

    it('keeps the gap when the catch-up page does not reach it yet', () => {
      const s = new TeamSequencer<Env>(0);
      s.receive(env(5));
      s.beginCatchUp();
      expect(seqs(s.acceptCatchUpPage([env(1), env(2)]))).toEqual([1, 2]);
      expect(s.lastSeq).toBe(2);
      expect(s.hasGap).toBe(true);
      expect(seqs(s.acceptCatchUpPage([env(3), env(4)]))).toEqual([3, 4, 5]);
    });

    it('skips a hole the server confirms it does not have', () => {
      const s = new TeamSequencer<Env>(1);
      s.receive(env(4));
      s.receive(env(5));
      expect(seqs(s.skipGap())).toEqual([4, 5]);
      expect(s.lastSeq).toBe(5);
      expect(s.hasGap).toBe(false);
      expect(s.skipGap()).toEqual([]);
    });
  });

  describe('reconnect catch-up', () => {
    it('resumes after the last applied seq and applies the missed envelopes once, in order', () => {
      const s = new TeamSequencer<Env>(0);
      const applied: number[] = [];
      for (const n of [1, 2, 3]) applied.push(...seqs(s.receive(env(n))));

      // connection lost: 4..7 happen while offline; on reconnect the client resubscribes first,
      // so 8 arrives live before the activity answer does.
      const after = s.beginCatchUp();
      expect(after).toBe(3);
      applied.push(...seqs(s.receive(env(8))));
      expect(applied).toEqual([1, 2, 3]);
      applied.push(...seqs(s.acceptCatchUpPage([env(4), env(5), env(6), env(7), env(8)])));
      s.finishCatchUp();
      applied.push(...seqs(s.receive(env(9))));

      expect(applied).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(s.isCatchingUp).toBe(false);
    });

    it('pages through a long outage', () => {
      const s = new TeamSequencer<Env>(0);
      let after = s.beginCatchUp();
      const all = Array.from({ length: 25 }, (_, i) => env(i + 1));
      const applied: number[] = [];
      for (;;) {
        const page = all.filter((e) => (e.seq ?? 0) > after).slice(0, 10);
        applied.push(...seqs(s.acceptCatchUpPage(page)));
        if (page.length < 10) break;
        after = s.lastSeq;
      }
      s.finishCatchUp();
      expect(applied).toEqual(all.map((e) => e.seq));
    });

    it('replays nothing when nothing was missed', () => {
      const s = new TeamSequencer<Env>(3);
      s.beginCatchUp();
      expect(s.acceptCatchUpPage([])).toEqual([]);
      s.finishCatchUp();
      expect(s.lastSeq).toBe(3);
    });

    it('ignores a catch-up page that repeats what was already applied live', () => {
      const s = new TeamSequencer<Env>(0);
      s.receive(env(1));
      s.receive(env(2));
      s.beginCatchUp();
      expect(s.acceptCatchUpPage([env(1), env(2)])).toEqual([]);
      expect(s.lastSeq).toBe(2);
    });
  });

  it('passes envelopes without a seq straight through', () => {
    const s = new TeamSequencer<Env>(0);
    expect(s.receive(env(null, 'x')).map((o) => o.envelope.id)).toEqual(['x']);
    expect(s.lastSeq).toBe(0);
  });

  it('releases a long random permutation in order, each exactly once', () => {
    const n = 200;
    const order = Array.from({ length: n }, (_, i) => i + 1);
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const withDupes = order.flatMap((x, i) => (i % 5 === 0 ? [x, x] : [x]));
    const s = new TeamSequencer<Env>(0);
    const out = withDupes.flatMap((x) => seqs(s.receive(env(x))));
    expect(out).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });
});
