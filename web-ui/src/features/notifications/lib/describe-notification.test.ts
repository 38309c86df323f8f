import { describe, expect, it } from 'vitest';
import { describeNotification } from './describe-notification';

const event = {
  id: 7,
  teamId: 3,
  title: 'Training',
  startsAt: '2026-12-01T17:00:00Z',
  endsAt: null,
  timeZone: 'Europe/Oslo',
  location: 'Hall C',
};
const bob = { id: 2, username: 'bob', displayName: 'Bob' };

describe('describeNotification for events', () => {
  it('says what changed, with the new time in the viewer’s zone', () => {
    const text = describeNotification(
      { type: 'event.updated', data: { event, changed: ['startsAt', 'location'] } },
      'Europe/Oslo',
    );
    expect(text).toMatch(/^Changed \(time and place\): “Training” · Tue.* (18:00|06:00 PM) (CET|GMT\+1) · Hall C$/);
  });

  it('names who cancelled', () => {
    expect(describeNotification({ type: 'event.cancelled', data: { event, cancelledBy: bob } }, 'UTC')).toMatch(
      /^Bob cancelled “Training” · Tue.* (17:00|05:00 PM) UTC$/,
    );
  });

  it('reminds with the start time, not a countdown that may be stale when read', () => {
    expect(describeNotification({ type: 'event.reminder', data: { event, before: 'PT1H' } }, 'UTC')).toMatch(
      /^Reminder: “Training” · Tue.* (17:00|05:00 PM) UTC · Hall C$/,
    );
  });

  it('copes with missing data', () => {
    expect(describeNotification({ type: 'event.cancelled', data: {} }, 'UTC')).toBe('Someone cancelled “an event”');
  });
});

describe('describeNotification for mentions', () => {
  const message = { id: 5, teamId: 3, seq: 9, author: bob, body: 'can you check this, @alice?', deleted: false };

  it('names who mentioned you, where, and quotes the message', () => {
    expect(describeNotification({ type: 'chat.mention', data: { team: { id: 3, name: 'Crew' }, message } })).toBe(
      'Bob mentioned you in Crew: “can you check this, @alice?”',
    );
  });

  it('quotes no text of a deleted message and clips a long one', () => {
    const deleted = { ...message, body: null, deleted: true };
    expect(describeNotification({ type: 'chat.mention', data: { team: { id: 3, name: 'Crew' }, message: deleted } })).toBe(
      'Bob mentioned you in Crew (message deleted)',
    );
    const long = describeNotification({
      type: 'chat.mention',
      data: { team: { id: 3, name: 'Crew' }, message: { ...message, body: 'x'.repeat(200) } },
    });
    expect(long.length).toBeLessThan(110);
    expect(long.endsWith('…”')).toBe(true);
  });
});
