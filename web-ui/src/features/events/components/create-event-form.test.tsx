import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone } from '@/lib/time-zones';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { CreateEventForm } from './event-form';

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

  it('starts in the browser’s time zone and offers every zone', () => {
    mockApi({});
    renderWithProviders(<CreateEventForm teamId={7} />);
    const zone = screen.getByLabelText('Time zone') as HTMLSelectElement;
    expect(zone.value).toBe(browserTimeZone());
    expect(zone).toHaveAccessibleDescription('Your time zone.');
    expect([...zone.options].map((o) => o.value)).toEqual(expect.arrayContaining(['UTC', 'Europe/Oslo', 'Asia/Tokyo']));
  });

  it('posts the event with ISO instants read in the chosen zone, and the zone', async () => {
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
    await userEvent.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Oslo');
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription('Start and end are Europe/Oslo time.');
    await userEvent.type(screen.getByLabelText('Location'), 'Kitchen');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(calls[0].body).toEqual({
      title: 'Retro',
      startsAt: '2030-05-01T15:00:00.000Z',
      timeZone: 'Europe/Oslo',
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
