import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { NotificationBell } from './notification-bell';

afterEach(() => vi.unstubAllGlobals());

const inviter = { id: 2, username: 'bob', displayName: 'Bob' };

describe('NotificationBell', () => {
  it('shows the unread count, lists the inbox when opened and marks it read up to the newest', async () => {
    let unread = 2;
    const { calls } = mockApi({
      'GET /api/notifications/unread-count': () => ({ body: { count: unread } }),
      'GET /api/notifications': () => ({
        body: [
          { id: 12, type: 'invitation.received', teamId: 7, occurredAt: new Date().toISOString(), read: false, data: { inviter, team: { id: 7, name: 'Crew' } } },
          { id: 11, type: 'member.joined', teamId: 7, occurredAt: new Date().toISOString(), read: false, data: { user: inviter } },
          { id: 3, type: 'invitation.declined', teamId: 7, occurredAt: new Date().toISOString(), read: true, data: { invitee: inviter, team: { id: 7, name: 'Crew' } } },
        ],
      }),
      'POST /api/notifications/read': () => {
        unread = 0;
        return { status: 204 };
      },
    });
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await userEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('Bob invited you to Crew')).toBeInTheDocument();
    expect(screen.getByText('Bob joined the team')).toBeInTheDocument();
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ upTo: 12 }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
    expect(bell).toHaveFocus();
  });

  it('opens the team chat from a mention', async () => {
    mockApi({
      'GET /api/notifications/unread-count': () => ({ body: { count: 1 } }),
      'GET /api/notifications': () => ({
        body: [
          {
            id: 21,
            type: 'chat.mention',
            teamId: 7,
            occurredAt: new Date().toISOString(),
            read: false,
            data: { team: { id: 7, name: 'Crew' }, message: { id: 4, author: inviter, body: 'hi @alice', deleted: false } },
          },
        ],
      }),
      'POST /api/notifications/read': () => ({ status: 204 }),
    });
    function Where() {
      return <p data-testid="where">{useLocation().pathname}</p>;
    }
    renderWithProviders(
      <>
        <NotificationBell />
        <Where />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Bob mentioned you in Crew: “hi @alice”' }));

    expect(screen.getByTestId('where')).toHaveTextContent('/teams/7');
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
  });
});
