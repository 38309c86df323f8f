import { z } from 'zod';
import { instantToZoned, isTimeZone, zonedToInstant } from '@/lib/time-zones';
import type { EventChanges, TeamEvent } from '@/types/api';
import type { CreateEventInput } from '../api/create-event';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

const isWallTime = (v: string) => zonedToInstant(v, 'UTC') !== null;

/**
 * The event form as typed: start and end are datetime-local strings, read on the clocks of the
 * chosen time zone; checked before anything is sent.
 */
export const eventFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the event a title').max(200, 'At most 200 characters'),
    startsAt: z.string().min(1, 'Choose when it starts').refine(isWallTime, 'Not a valid date and time'),
    endsAt: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isWallTime(v), 'Not a valid date and time'),
    timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
    location: optionalText(200),
    description: optionalText(2000),
  })
  .refine(
    (e) =>
      !e.endsAt ||
      !isTimeZone(e.timeZone) ||
      Date.parse(zonedToInstant(e.endsAt, e.timeZone) ?? '') > Date.parse(zonedToInstant(e.startsAt, e.timeZone) ?? ''),
    { path: ['endsAt'], message: 'The end must be after the start' },
  );

export type EventFormValues = z.input<typeof eventFormSchema>;
type ParsedEvent = z.output<typeof eventFormSchema>;

const instant = (local: string, zone: string) => zonedToInstant(local, zone) as string;

/** Turns a parsed form into the API body: instants as ISO-8601 UTC strings, empty fields left out. */
export function toCreateEventInput(values: ParsedEvent): CreateEventInput {
  const input: CreateEventInput = {
    title: values.title,
    startsAt: instant(values.startsAt, values.timeZone),
    timeZone: values.timeZone,
  };
  if (values.endsAt) input.endsAt = instant(values.endsAt, values.timeZone);
  if (values.location) input.location = values.location;
  if (values.description) input.description = values.description;
  return input;
}

/** The form's starting values for an existing event, its times on the clocks of its own zone. */
export function formValuesOf(event: TeamEvent): Required<{ [K in keyof EventFormValues]: string }> {
  const zone = isTimeZone(event.timeZone) ? event.timeZone : 'UTC';
  return {
    title: event.title,
    startsAt: instantToZoned(event.startsAt, zone),
    endsAt: event.endsAt ? instantToZoned(event.endsAt, zone) : '',
    timeZone: zone,
    location: event.location ?? '',
    description: event.description ?? '',
  };
}

const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/**
 * What an edit changes, for `PATCH`: only the fields that differ from the event; a cleared end,
 * location or description is `null`. Empty when nothing changed.
 */
export function toEventChanges(values: ParsedEvent, event: TeamEvent): EventChanges {
  const changes: EventChanges = {};
  const startsAt = instant(values.startsAt, values.timeZone);
  const endsAt = values.endsAt ? instant(values.endsAt, values.timeZone) : null;
  if (values.title !== event.title) changes.title = values.title;
  if (!sameInstant(startsAt, event.startsAt)) changes.startsAt = startsAt;
  if (!sameInstant(endsAt, event.endsAt)) changes.endsAt = endsAt;
  if (values.timeZone !== event.timeZone) changes.timeZone = values.timeZone;
  if ((values.location ?? null) !== (event.location ?? null)) changes.location = values.location ?? null;
  if ((values.description ?? null) !== (event.description ?? null)) changes.description = values.description ?? null;
  return changes;
}
