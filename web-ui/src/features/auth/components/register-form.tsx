import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useRegister } from '../api/register';
import { registerSchema, zodFieldErrors } from './auth-schemas';

export function RegisterForm({ onSuccess }: { onSuccess?: () => void }) {
  const mutation = useRegister();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const parsed = registerSchema.safeParse(raw);
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    const { displayName, ...rest } = parsed.data;
    mutation.mutate(displayName ? { ...rest, displayName } : rest, {
      onSuccess: () => onSuccess?.(),
      onError: (error) => {
        if (!(error instanceof ApiError)) return setFormError(errorMessage(error));
        if (Object.keys(error.fieldErrors).length > 0) return setFieldErrors(error.fieldErrors);
        // A taken name comes back as 409 with only a detail: show it where the name is typed.
        if (error.status === 409) return setFieldErrors({ username: error.message || 'That username is taken.' });
        setFormError(error.message);
      },
    });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Create account">
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldErrors.username}
        hint="What teammates type to invite you."
        required
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        error={fieldErrors.displayName}
        hint="Optional. Shown next to your messages."
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={fieldErrors.password}
        required
      />
      <Button type="submit" isLoading={mutation.isPending} className="btn-block">
        Create account
      </Button>
    </form>
  );
}
