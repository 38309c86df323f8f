import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from './login-form';
import { RegisterForm } from './register-form';

afterEach(() => vi.unstubAllGlobals());

describe('LoginForm', () => {
  it('asks for both fields before calling the server', async () => {
    const { fetchMock } = mockApi({});
    renderWithProviders(<LoginForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server detail for wrong credentials', async () => {
    mockApi({ 'POST /api/auth/login': () => ({ status: 401, body: { status: 401, detail: 'Wrong username or password' } }) });
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'alice');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
  });

  it('signs in and reports success', async () => {
    const { calls } = mockApi({
      'POST /api/auth/login': () => ({ body: { token: 't', user: { id: 1, username: 'alice', displayName: 'Alice' } } }),
    });
    const onSuccess = vi.fn();
    const { queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await userEvent.type(screen.getByLabelText('Username'), 'alice');
    await userEvent.type(screen.getByLabelText('Password'), 'secret123');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(calls[0].body).toEqual({ username: 'alice', password: 'secret123' });
    expect(queryClient.getQueryData(['me'])).toEqual({ id: 1, username: 'alice', displayName: 'Alice' });
  });
});

describe('RegisterForm', () => {
  it('shows problem+json field errors next to their fields', async () => {
    mockApi({
      'POST /api/auth/register': () => ({
        status: 400,
        body: {
          status: 400,
          detail: 'Validation failed',
          errors: [
            { field: 'username', message: 'Use 3 to 32 letters, digits or _' },
            { field: 'password', message: 'At least 8 characters' },
          ],
        },
      }),
    });
    renderWithProviders(<RegisterForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'a!');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Use 3 to 32 letters, digits or _')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Use 3 to 32 letters, digits or _');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('At least 8 characters');
  });

  it('puts a 409 "name taken" under the username', async () => {
    mockApi({ 'POST /api/auth/register': () => ({ status: 409, body: { status: 409, detail: 'Username alice is taken' } }) });
    renderWithProviders(<RegisterForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'alice');
    await userEvent.type(screen.getByLabelText('Password'), 'long-enough-1');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await vi.waitFor(() => expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Username alice is taken'));
  });

  it('registers, then signs in with the same credentials', async () => {
    const user = { id: 2, username: 'bob', displayName: 'Bob B' };
    const { calls } = mockApi({
      'POST /api/auth/register': () => ({ status: 201, body: user }),
      'POST /api/auth/login': () => ({ body: { token: 't', user } }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<RegisterForm onSuccess={onSuccess} />);
    await userEvent.type(screen.getByLabelText('Username'), 'bob');
    await userEvent.type(screen.getByLabelText('Display name'), 'Bob B');
    await userEvent.type(screen.getByLabelText('Password'), 'long-enough-1');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(calls.map((c) => c.path)).toEqual(['/api/auth/register', '/api/auth/login']);
    expect(calls[0].body).toEqual({ username: 'bob', displayName: 'Bob B', password: 'long-enough-1' });
  });
});
