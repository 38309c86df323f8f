import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-client';
import type { Team } from '@/types/api';
import { useCreateTeam } from '../api/create-team';

const schema = z.object({
  name: z.string().trim().min(1, 'Give the team a name').max(100, 'At most 100 characters'),
  description: z.string().trim().max(500, 'At most 500 characters'),
});

export function CreateTeamForm({ onCreated }: { onCreated?: (team: Team) => void }) {
  const mutation = useCreateTeam();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    setFormError(null);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    const { name, description } = parsed.data;
    mutation.mutate(description ? { name, description } : { name }, {
      onSuccess: (team) => {
        form.reset();
        onCreated?.(team);
      },
      onError: (error) => {
        if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
        else setFormError(errorMessage(error));
      },
    });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Create a team">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Team name" name="name" error={errors.name} maxLength={100} required />
      <TextAreaField label="Description" name="description" error={errors.description} rows={2} hint="Optional." />
      <Button type="submit" isLoading={mutation.isPending}>
        Create team
      </Button>
    </form>
  );
}
