import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { CreateEventForm } from './create-event-form';

afterEach(() => vi.unstubAllGlobals());

describe('CreateEventForm', () => {
  it('shows validation errors next to the fields without calling the server', async () => {
    const { fetchMock } = mockApi({});
    renderWithProviders(<CreateEventForm teamId={7} />);
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2030-05-01T17:00' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2030-05-01T16:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the event a title');
    expect(screen.getByLabelText('Ends')).toHaveAccessibleDescription('The end must be after the start');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the event with ISO instants', async () => {
    const { calls } = mockApi({
      'POST /api/teams/7/events': ({ body }) => ({
        status: 201,
        body: { id: 1, teamId: 7, seq: 3, createdBy: { id: 1, username: 'a', displayName: 'A' }, ...(body as object) },
      }),
    });
    const onCreated = vi.fn();
    renderWithProviders(<CreateEventForm teamId={7} onCreated={onCreated} />);
    await userEvent.type(screen.getByLabelText('Title'), 'Retro');
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2030-05-01T17:00' } });
    await userEvent.type(screen.getByLabelText('Location'), 'Kitchen');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(calls[0].body).toEqual({
      title: 'Retro',
      startsAt: new Date('2030-05-01T17:00').toISOString(),
      location: 'Kitchen',
    });
  });

  it('shows server field errors', async () => {
    mockApi({
      'POST /api/teams/7/events': () => ({
        status: 400,
        body: { status: 400, detail: 'Invalid', errors: { startsAt: 'must be in the future' } },
      }),
    });
    renderWithProviders(<CreateEventForm teamId={7} />);
    await userEvent.type(screen.getByLabelText('Title'), 'Retro');
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2030-05-01T17:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    await vi.waitFor(() => expect(screen.getByLabelText('Starts')).toHaveAccessibleDescription('must be in the future'));
  });
});
