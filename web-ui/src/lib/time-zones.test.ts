import { describe, expect, it } from 'vitest';
import {
  describeEventTime,
  formatInZone,
  instantToZoned,
  isTimeZone,
  timeZoneOptions,
  zoneCity,
  zonedToInstant,
} from './time-zones';

describe('zonedToInstant / instantToZoned', () => {
  it('reads the wall clock of the chosen zone, not the browser’s', () => {
    expect(zonedToInstant('2026-12-01T18:00', 'Europe/Oslo')).toBe('2026-12-01T17:00:00.000Z');
    expect(zonedToInstant('2026-07-01T18:00', 'Europe/Oslo')).toBe('2026-07-01T16:00:00.000Z');
    expect(zonedToInstant('2026-12-01T18:00', 'America/New_York')).toBe('2026-12-01T23:00:00.000Z');
    expect(zonedToInstant('2026-12-01T18:00', 'UTC')).toBe('2026-12-01T18:00:00.000Z');
    expect(zonedToInstant('2026-12-01T18:00', 'Asia/Kolkata')).toBe('2026-12-01T12:30:00.000Z');
  });

  it('round-trips through the datetime-local format', () => {
    for (const zone of ['Europe/Oslo', 'America/Los_Angeles', 'Australia/Sydney', 'UTC']) {
      const iso = zonedToInstant('2027-03-15T09:45', zone)!;
      expect(instantToZoned(iso, zone)).toBe('2027-03-15T09:45');
    }
  });

  it('handles the nights the clocks change', () => {
    // Oslo springs forward on 29 Mar 2026 at 02:00 → 03:00: 02:30 does not exist, read as 03:30.
    expect(zonedToInstant('2026-03-29T02:30', 'Europe/Oslo')).toBe('2026-03-29T01:30:00.000Z');
    // and falls back on 25 Oct 2026 at 03:00 → 02:00: 02:30 happens twice, the first one counts.
    expect(zonedToInstant('2026-10-25T02:30', 'Europe/Oslo')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(zonedToInstant('', 'UTC')).toBeNull();
    expect(zonedToInstant('tomorrow', 'UTC')).toBeNull();
  });
});

describe('formatInZone', () => {
  it('shows the time in the zone and names the zone', () => {
    expect(formatInZone('2026-12-01T17:00:00Z', null, 'Europe/Oslo', 'en-GB')).toBe('Tue 1 Dec, 18:00 CET');
    expect(formatInZone('2026-12-01T17:00:00Z', null, 'UTC', 'en-GB')).toBe('Tue 1 Dec, 17:00 UTC');
  });

  it('keeps the end short on the same day and names the zone once', () => {
    expect(formatInZone('2026-12-01T17:00:00Z', '2026-12-01T19:00:00Z', 'Europe/Oslo', 'en-GB')).toBe(
      'Tue 1 Dec, 18:00 – 20:00 CET',
    );
    expect(formatInZone('2026-12-01T17:00:00Z', '2026-12-02T09:00:00Z', 'Europe/Oslo', 'en-GB')).toBe(
      'Tue 1 Dec, 18:00 – Wed 2 Dec, 10:00 CET',
    );
  });

  it('decides "same day" by the zone’s calendar', () => {
    // 22:00–01:00 UTC is one evening in New York but two days in UTC.
    expect(formatInZone('2026-12-01T22:00:00Z', '2026-12-02T01:00:00Z', 'America/New_York', 'en-GB')).toBe(
      'Tue 1 Dec, 17:00 – 20:00 GMT-5',
    );
  });
});

describe('describeEventTime', () => {
  const event = { startsAt: '2026-12-01T17:00:00Z', endsAt: null, timeZone: 'Europe/Oslo' };

  it('mentions the event’s own zone only when it is not the viewer’s', () => {
    expect(describeEventTime(event, 'Europe/Oslo', 'en-GB')).toEqual({ local: 'Tue 1 Dec, 18:00 CET', ownZone: null });
    expect(describeEventTime(event, 'America/New_York', 'en-GB')).toEqual({
      local: 'Tue 1 Dec, 12:00 GMT-5',
      ownZone: 'Tue 1 Dec, 18:00 CET in Oslo',
    });
  });

  it('ignores a missing or unknown zone', () => {
    expect(describeEventTime({ ...event, timeZone: undefined }, 'UTC', 'en-GB').ownZone).toBeNull();
    expect(describeEventTime({ ...event, timeZone: 'Mars/Olympus' }, 'UTC', 'en-GB').ownZone).toBeNull();
  });
});

describe('zones', () => {
  it('lists every known zone plus UTC and the ones asked for', () => {
    const zones = timeZoneOptions('Etc/GMT+5');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Oslo');
    expect(zones).toContain('Etc/GMT+5');
    expect([...zones].sort()).toEqual(zones);
  });

  it('tells zones from nonsense and names their city', () => {
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});
