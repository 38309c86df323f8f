import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { InvitationsList } from './invitations-list';

afterEach(() => vi.unstubAllGlobals());

const alice = { id: 1, username: 'alice', displayName: 'Alice' };
const bob = { id: 2, username: 'bob', displayName: 'Bob' };
const invitation = (id: number, teamName: string, status = 'PENDING') => ({
  id,
  team: { id: id * 10, name: teamName },
  inviter: alice,
  invitee: bob,
  status,
});

describe('InvitationsList', () => {
  it('accepts an invitation and hands it back', async () => {
    const { calls } = mockApi({
      'GET /api/invitations': () => ({ body: [invitation(1, 'Crew'), invitation(2, 'Band')] }),
      'POST /api/invitations/1/accept': () => ({ body: invitation(1, 'Crew', 'ACCEPTED') }),
    });
    const onAccepted = vi.fn();
    renderWithProviders(<InvitationsList onAccepted={onAccepted} />);
    expect(await screen.findAllByTestId('invitation')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Accept invitation to Crew' }));
    await vi.waitFor(() => expect(onAccepted).toHaveBeenCalledWith(expect.objectContaining({ id: 1, status: 'ACCEPTED' })));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('POST /api/invitations/1/accept');
  });

  it('declines an invitation and removes it from the list', async () => {
    let pending = [invitation(2, 'Band')];
    mockApi({
      'GET /api/invitations': () => ({ body: pending }),
      'POST /api/invitations/2/decline': () => {
        pending = [];
        return { body: invitation(2, 'Band', 'DECLINED') };
      },
    });
    renderWithProviders(<InvitationsList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline invitation to Band' }));
    expect(await screen.findByText('No invitations')).toBeInTheDocument();
  });
});
