import { z } from 'zod';
import type { CreateEventInput } from '../api/create-event';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

const isDate = (v: string) => !Number.isNaN(new Date(v).getTime());

/** The create-event form as typed (datetime-local strings), checked before anything is sent. */
export const eventFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the event a title').max(200, 'At most 200 characters'),
    startsAt: z.string().min(1, 'Choose when it starts').refine(isDate, 'Not a valid date and time'),
    endsAt: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isDate(v), 'Not a valid date and time'),
    location: optionalText(200),
    description: optionalText(2000),
  })
  .refine((e) => !e.endsAt || new Date(e.endsAt).getTime() > new Date(e.startsAt).getTime(), {
    path: ['endsAt'],
    message: 'The end must be after the start',
  });

export type EventFormValues = z.input<typeof eventFormSchema>;

/** Turns a parsed form into the API body: instants as ISO-8601 UTC strings, empty fields left out. */
export function toCreateEventInput(values: z.output<typeof eventFormSchema>): CreateEventInput {
  const input: CreateEventInput = { title: values.title, startsAt: new Date(values.startsAt).toISOString() };
  if (values.endsAt) input.endsAt = new Date(values.endsAt).toISOString();
  if (values.location) input.location = values.location;
  if (values.description) input.description = values.description;
  return input;
}

/** `YYYY-MM-DDTHH:mm` in local time, the value format of <input type="datetime-local">. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
