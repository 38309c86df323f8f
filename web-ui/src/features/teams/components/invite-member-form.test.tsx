import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { InviteMemberForm } from './invite-member-form';

afterEach(() => vi.unstubAllGlobals());

const invite = async (name: string) => {
  const field = screen.getByLabelText('Invite by username');
  await userEvent.clear(field);
  await userEvent.type(field, name);
  await userEvent.click(screen.getByRole('button', { name: 'Invite' }));
};

describe('InviteMemberForm', () => {
  it('says clearly when there is no such user (404)', async () => {
    mockApi({ 'POST /api/teams/7/invitations': () => ({ status: 404, body: { status: 404, detail: 'User not found' } }) });
    renderWithProviders(<InviteMemberForm teamId={7} />);
    await invite('ghost');
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Invite by username')).toHaveAccessibleDescription('There is no user called “ghost”.'),
    );
  });

  it('shows the server detail for an existing member or invitation (409)', async () => {
    mockApi({
      'POST /api/teams/7/invitations': () => ({ status: 409, body: { status: 409, detail: 'bob is already a member' } }),
    });
    renderWithProviders(<InviteMemberForm teamId={7} />);
    await invite('bob');
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Invite by username')).toHaveAccessibleDescription('bob is already a member'),
    );
  });

  it('confirms a sent invitation and strips a leading @', async () => {
    const { calls } = mockApi({ 'POST /api/teams/7/invitations': () => ({ status: 201, body: { id: 1 } }) });
    renderWithProviders(<InviteMemberForm teamId={7} />);
    await invite('@carol');
    expect(await screen.findByText('Invitation sent to carol.')).toBeInTheDocument();
    expect(calls[0].body).toEqual({ username: 'carol' });
    expect(screen.getByLabelText('Invite by username')).toHaveValue('');
  });

  it('rides out a lost connection: sends again under the same key and shows one success', async () => {
    let reachable = false;
    const { calls, fetchMock } = mockApi({
      'POST /api/teams/7/invitations': () => {
        if (!reachable) {
          reachable = true;
          throw new TypeError('Failed to fetch');
        }
        return { status: 201, body: { id: 1 } };
      },
    });
    renderWithProviders(<InviteMemberForm teamId={7} />);
    await invite('carol');
    expect(await screen.findByText('Invitation sent to carol.', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Invite by username')).not.toHaveAccessibleDescription();
    expect(calls).toHaveLength(2);
    const keys = fetchMock.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);

    await invite('dave');
    expect(await screen.findByText('Invitation sent to dave.')).toBeInTheDocument();
    const third = (fetchMock.mock.calls[2][1]?.headers as Record<string, string>)['Idempotency-Key'];
    expect(third).toBeTruthy();
    expect(third).not.toBe(keys[0]);
  });
});
