import { describe, expect, it } from 'vitest';
import { eventFormSchema, toCreateEventInput } from './event-schema';

const valid = { title: 'Retro', startsAt: '2030-05-01T17:00', endsAt: '2030-05-01T19:00', location: '', description: '' };
const issues = (input: object) => {
  const r = eventFormSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('eventFormSchema', () => {
  it('accepts a complete event and leaves empty optional fields out of the request', () => {
    const parsed = eventFormSchema.parse(valid);
    const input = toCreateEventInput(parsed);
    expect(input).toEqual({
      title: 'Retro',
      startsAt: new Date('2030-05-01T17:00').toISOString(),
      endsAt: new Date('2030-05-01T19:00').toISOString(),
    });
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

  it('allows an event without an end, but not without a start', () => {
    expect(issues({ ...valid, endsAt: '' })).toEqual({});
    expect(issues({ ...valid, startsAt: '' })).toHaveProperty('startsAt');
  });

  it('trims and keeps location and description', () => {
    const input = toCreateEventInput(eventFormSchema.parse({ ...valid, location: ' Kitchen ', description: 'Bring snacks' }));
    expect(input.location).toBe('Kitchen');
    expect(input.description).toBe('Bring snacks');
  });
});
