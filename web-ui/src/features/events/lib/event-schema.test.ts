import { describe, expect, it } from 'vitest';
import { anEvent } from '../testing/fixtures';
import { eventFormSchema, formValuesOf, toCreateEventInput, toEventChanges } from './event-schema';

const valid = {
  title: 'Retro',
  startsAt: '2030-05-01T17:00',
  endsAt: '2030-05-01T19:00',
  timeZone: 'Europe/Oslo',
  location: '',
  description: '',
};
const issues = (input: object) => {
  const r = eventFormSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('eventFormSchema', () => {
  it('reads the times on the clocks of the chosen zone and leaves empty optional fields out', () => {
    expect(toCreateEventInput(eventFormSchema.parse(valid))).toEqual({
      title: 'Retro',
      startsAt: '2030-05-01T15:00:00.000Z',
      endsAt: '2030-05-01T17:00:00.000Z',
      timeZone: 'Europe/Oslo',
    });
    expect(toCreateEventInput(eventFormSchema.parse({ ...valid, timeZone: 'America/New_York' })).startsAt).toBe(
      '2030-05-01T21:00:00.000Z',
    );
  });

  it('requires a title of at most 200 characters', () => {
    expect(issues({ ...valid, title: '   ' })).toEqual({ title: 'Give the event a title' });
    expect(issues({ ...valid, title: 'x'.repeat(201) })).toEqual({ title: 'At most 200 characters' });
    expect(issues({ ...valid, title: 'x'.repeat(200) })).toEqual({});
  });

  it('requires the end to be after the start', () => {
    expect(issues({ ...valid, endsAt: '2030-05-01T16:00' })).toEqual({ endsAt: 'The end must be after the start' });
    expect(issues({ ...valid, endsAt: '2030-05-01T17:00' })).toEqual({ endsAt: 'The end must be after the start' });
  });

  it('allows an event without an end, but not without a start or with an unknown zone', () => {
    expect(issues({ ...valid, endsAt: '' })).toEqual({});
    expect(issues({ ...valid, startsAt: '' })).toHaveProperty('startsAt');
    expect(issues({ ...valid, timeZone: 'Mars/Olympus' })).toEqual({ timeZone: 'Choose a time zone from the list' });
  });

  it('trims and keeps location and description', () => {
    const input = toCreateEventInput(eventFormSchema.parse({ ...valid, location: ' Kitchen ', description: 'Bring snacks' }));
    expect(input.location).toBe('Kitchen');
    expect(input.description).toBe('Bring snacks');
  });
});

describe('editing', () => {
  const event = anEvent({
    title: 'Training',
    startsAt: '2030-05-01T16:00:00Z',
    endsAt: '2030-05-01T18:00:00Z',
    timeZone: 'Europe/Oslo',
    location: 'Hall B',
    description: 'Bring water',
  });

  it('fills the form on the clocks of the event’s own zone', () => {
    expect(formValuesOf(event)).toEqual({
      title: 'Training',
      startsAt: '2030-05-01T18:00',
      endsAt: '2030-05-01T20:00',
      timeZone: 'Europe/Oslo',
      location: 'Hall B',
      description: 'Bring water',
    });
  });

  it('sends nothing when nothing changed, and only what changed otherwise', () => {
    const same = eventFormSchema.parse(formValuesOf(event));
    expect(toEventChanges(same, event)).toEqual({});

    const moved = eventFormSchema.parse({ ...formValuesOf(event), startsAt: '2030-05-01T19:00', location: 'Hall C' });
    expect(toEventChanges(moved, event)).toEqual({ startsAt: '2030-05-01T17:00:00.000Z', location: 'Hall C' });
  });

  it('clears the end, place and description with null', () => {
    const cleared = eventFormSchema.parse({ ...formValuesOf(event), endsAt: '', location: ' ', description: '' });
    expect(toEventChanges(cleared, event)).toEqual({ endsAt: null, location: null, description: null });
  });

  it('sends the zone and the instants when the zone changes', () => {
    const otherZone = eventFormSchema.parse({ ...formValuesOf(event), timeZone: 'UTC' });
    expect(toEventChanges(otherZone, event)).toEqual({
      startsAt: '2030-05-01T18:00:00.000Z',
      endsAt: '2030-05-01T20:00:00.000Z',
      timeZone: 'UTC',
    });
  });
});
