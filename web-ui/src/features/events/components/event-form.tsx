import { useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-client';
import { browserTimeZone, instantToZoned, timeZoneOptions } from '@/lib/time-zones';
import type { TeamEvent } from '@/types/api';
import { useCreateEvent } from '../api/create-event';
import { useUpdateEvent } from '../api/update-event';
import { eventFormSchema, formValuesOf, toCreateEventInput, toEventChanges, type EventFormValues } from '../lib/event-schema';

type Values = Required<{ [K in keyof EventFormValues]: string }>;

type FormProps = {
  label: string;
  initial: Values;
  submitLabel: string;
  isPending: boolean;
  /** Sends the parsed form; resolves when done, rejects with the server's error. */
  submit: (parsed: ReturnType<typeof eventFormSchema.parse>, form: HTMLFormElement) => Promise<unknown>;
  onCancel?: () => void;
};

/** The fields of an event; start and end are read on the clocks of the chosen time zone. */
function EventForm({ label, initial, submitLabel, isPending, submit, onCancel }: FormProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [zone, setZone] = useState(initial.timeZone);
  const zones = useMemo(() => timeZoneOptions(initial.timeZone), [initial.timeZone]);
  const minStart = useMemo(() => instantToZoned(new Date().toISOString(), zone), [zone]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = eventFormSchema.safeParse(Object.fromEntries(new FormData(form)));
    setFormError(null);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    submit(parsed.data, form).catch((error: unknown) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
      else setFormError(errorMessage(error));
    });
  };

  return (
    <form className="stack event-form" onSubmit={onSubmit} noValidate aria-label={label}>
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Title" name="title" maxLength={200} defaultValue={initial.title} error={errors.title} required />
      <div className="field-row">
        <TextField
          label="Starts"
          name="startsAt"
          type="datetime-local"
          min={minStart}
          defaultValue={initial.startsAt}
          error={errors.startsAt}
          required
        />
        <TextField
          label="Ends"
          name="endsAt"
          type="datetime-local"
          min={minStart}
          defaultValue={initial.endsAt}
          error={errors.endsAt}
          hint="Optional."
        />
      </div>
      <SelectField
        label="Time zone"
        name="timeZone"
        value={zone}
        onChange={(e) => setZone(e.target.value)}
        error={errors.timeZone}
        hint={zone === browserTimeZone() ? 'Your time zone.' : `Start and end are ${zone.replace(/_/g, ' ')} time.`}
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Location"
        name="location"
        maxLength={200}
        defaultValue={initial.location}
        error={errors.location}
        hint="Optional."
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={3}
        maxLength={2000}
        defaultValue={initial.description}
        error={errors.description}
        hint="Optional."
      />
      <div className="button-row">
        <Button type="submit" isLoading={isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

export function CreateEventForm({
  teamId,
  onCreated,
  onCancel,
}: {
  teamId: number;
  onCreated?: (event: TeamEvent) => void;
  onCancel?: () => void;
}) {
  const mutation = useCreateEvent();
  const [initial] = useState<Values>(() => ({
    title: '',
    startsAt: '',
    endsAt: '',
    timeZone: browserTimeZone(),
    location: '',
    description: '',
  }));
  return (
    <EventForm
      label="New event"
      initial={initial}
      submitLabel="Create event"
      isPending={mutation.isPending}
      onCancel={onCancel}
      submit={async (parsed, form) => {
        const created = await mutation.mutateAsync({ teamId, ...toCreateEventInput(parsed) });
        form.reset();
        onCreated?.(created);
      }}
    />
  );
}

/** Edits an event; only what changed is sent, and nothing at all when nothing did. */
export function EditEventForm({
  event,
  onSaved,
  onCancel,
}: {
  event: TeamEvent;
  onSaved: (event: TeamEvent) => void;
  onCancel: () => void;
}) {
  const mutation = useUpdateEvent();
  const [initial] = useState(() => formValuesOf(event));
  return (
    <EventForm
      label={`Edit ${event.title}`}
      initial={initial}
      submitLabel="Save changes"
      isPending={mutation.isPending}
      onCancel={onCancel}
      submit={async (parsed) => {
        const changes = toEventChanges(parsed, event);
        if (Object.keys(changes).length === 0) return onSaved(event);
        onSaved(await mutation.mutateAsync({ teamId: event.teamId, eventId: event.id, changes }));
      }}
    />
  );
}
