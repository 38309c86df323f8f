import { describe, expect, it } from 'vitest';
import { TypingRoster, TypingSignaller } from './presence';

const clock = () => {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('TypingSignaller', () => {
  it('sends one "typing" per 3 s however fast the keys come', () => {
    const time = clock();
    const sent: boolean[] = [];
    const signaller = new TypingSignaller((typing) => sent.push(typing), time.now);

    for (let i = 0; i < 30; i++) {
      signaller.signal(true);
      time.advance(100);
    }

    expect(sent).toEqual([true]);
    signaller.signal(true);
    expect(sent).toEqual([true, true]);
  });

  it('sends "stopped" once on send or blur, and "typing" again at once after it', () => {
    const time = clock();
    const sent: boolean[] = [];
    const signaller = new TypingSignaller((typing) => sent.push(typing), time.now);

    signaller.signal(true);
    signaller.signal(false);
    signaller.signal(false);
    time.advance(200);
    signaller.signal(true);

    expect(sent).toEqual([true, false, true]);
  });

  it('sends nothing for a blur without typing', () => {
    const sent: boolean[] = [];
    new TypingSignaller((typing) => sent.push(typing)).signal(false);
    expect(sent).toEqual([]);
  });
});

describe('TypingRoster', () => {
  const typing = (userId: number, on = true) => ({ type: 'typing' as const, teamId: 7, userId, typing: on });

  it('forgets a typist 5 s after the last signal', () => {
    const time = clock();
    const roster = new TypingRoster(time.now);

    roster.apply(typing(1));
    time.advance(3_000);
    roster.apply(typing(2));
    expect(roster.current()).toEqual([1, 2]);
    expect(roster.nextExpiry()).toBe(time.now() + 2_000);

    time.advance(2_000);
    expect(roster.current()).toEqual([2]);
    time.advance(3_000);
    expect(roster.current()).toEqual([]);
    expect(roster.nextExpiry()).toBeUndefined();
  });

  it('keeps a typist who repeats the signal', () => {
    const time = clock();
    const roster = new TypingRoster(time.now);
    for (let i = 0; i < 5; i++) {
      roster.apply(typing(1));
      time.advance(3_000);
    }
    expect(roster.current()).toEqual([1]);
  });

  it('drops a typist at once on "stopped" or when their message arrives', () => {
    const roster = new TypingRoster();
    roster.apply(typing(1));
    roster.apply(typing(2));

    roster.apply(typing(1, false));
    roster.stopped(2);

    expect(roster.current()).toEqual([]);
  });
});
