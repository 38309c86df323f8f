import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-client';
import type { TeamEvent } from '@/types/api';
import { useCreateEvent } from '../api/create-event';
import { eventFormSchema, toCreateEventInput, toLocalInputValue } from '../lib/event-schema';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [minStart] = useState(() => toLocalInputValue(new Date()));

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
    mutation.mutate(
      { teamId, ...toCreateEventInput(parsed.data) },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated?.(created);
        },
        onError: (error) => {
          if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
          else setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="stack event-form" onSubmit={onSubmit} noValidate aria-label="New event">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Title" name="title" maxLength={200} error={errors.title} required />
      <div className="field-row">
        <TextField label="Starts" name="startsAt" type="datetime-local" min={minStart} error={errors.startsAt} required />
        <TextField label="Ends" name="endsAt" type="datetime-local" min={minStart} error={errors.endsAt} hint="Optional." />
      </div>
      <TextField label="Location" name="location" maxLength={200} error={errors.location} hint="Optional." />
      <TextAreaField label="Description" name="description" rows={3} maxLength={2000} error={errors.description} hint="Optional." />
      <div className="button-row">
        <Button type="submit" isLoading={mutation.isPending}>
          Create event
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
