import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useLogin } from '../api/login';
import { loginSchema, zodFieldErrors } from './auth-schemas';

export function LoginForm({ onSuccess }: { onSuccess?: () => void }) {
  const mutation = useLogin();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = loginSchema.safeParse(data);
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    mutation.mutate(parsed.data, {
      onSuccess: () => onSuccess?.(),
      onError: (error) => {
        if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
          setFieldErrors(error.fieldErrors);
        } else if (error instanceof ApiError && error.status === 401) {
          setFormError(error.problem.detail ?? 'Wrong username or password.');
        } else {
          setFormError(errorMessage(error));
        }
      },
    });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Sign in">
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldErrors.username}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
        required
      />
      <Button type="submit" isLoading={mutation.isPending} className="btn-block">
        Sign in
      </Button>
    </form>
  );
}
