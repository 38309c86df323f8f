import { describe, expect, it } from 'vitest';
import { mentions, splitMentions } from './mentions';

describe('mentions', () => {
  it('cuts text into plain parts and mentions, names lower-cased', () => {
    expect(splitMentions('hi @Alice and @bob_2, lunch?')).toEqual([
      { text: 'hi ' },
      { text: '@Alice', mention: 'alice' },
      { text: ' and ' },
      { text: '@bob_2', mention: 'bob_2' },
      { text: ', lunch?' },
    ]);
  });

  it('leaves a sentence’s full stop out of the name', () => {
    expect(splitMentions('thanks @carol.')).toEqual([{ text: 'thanks ' }, { text: '@carol', mention: 'carol' }, { text: '.' }]);
  });

  it('finds no mention in e-mail addresses, bare @ or too short names', () => {
    expect(splitMentions('mail bob@example.com, @ or @ab')).toEqual([{ text: 'mail bob@example.com, @ or @ab' }]);
  });

  it('tells whether a text mentions a user, whatever the case', () => {
    expect(mentions('ping @ALICE', 'alice')).toBe(true);
    expect(mentions('alice@home.org', 'alice')).toBe(false);
    expect(mentions('@alice2', 'alice')).toBe(false);
    expect(mentions(null, 'alice')).toBe(false);
  });
});
