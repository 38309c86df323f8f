import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { EventEnvelope, TeamEvent } from '@/types/api';
import { applyEventEnvelope } from '../lib/events-cache';
import { alice, anEvent, bob } from '../testing/fixtures';
import { EventsPanel } from './events-panel';

afterEach(() => vi.unstubAllGlobals());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function listRoutes(upcoming: TeamEvent[], past: TeamEvent[] = []) {
  return {
    'GET /api/teams/3/events': ({ url }: { url: URL }) => ({
      body: url.searchParams.get('when') === 'past' ? past : upcoming,
    }),
  };
}

const card = (title: string) => screen.getAllByTestId('event').find((el) => el.textContent?.includes(title))!;

describe('EventsPanel', () => {
  it('lists upcoming events soonest first, and past ones on request', async () => {
    const { calls } = mockApi(
      listRoutes(
        [anEvent({ id: 1, title: 'Later', startsAt: inDays(5) }), anEvent({ id: 2, title: 'Sooner', startsAt: inDays(1) })],
        [anEvent({ id: 3, title: 'Last week', startsAt: inDays(-7) })],
      ),
    );
    renderWithProviders(<EventsPanel teamId={3} meId={bob.id} isOwner={false} />);
    const upcoming = await screen.findByRole('list', { name: 'Upcoming events' });
    expect(within(upcoming).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Sooner', 'Later']);
    expect(calls[0].path).toBe('/api/teams/3/events?when=upcoming&limit=50');
    expect(screen.queryByRole('list', { name: 'Past events' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Past events' }));
    const past = await screen.findByRole('list', { name: 'Past events' });
    expect(within(past).getByText('Last week')).toBeInTheDocument();
    expect(within(past).getByRole('button', { name: /Going/ })).toBeDisabled();
  });

  it('shows the time in the viewer’s zone with the zone named, and the event’s own zone when it differs', async () => {
    mockApi(listRoutes([anEvent({ startsAt: '2030-12-03T17:00:00Z', timeZone: 'Europe/Oslo' })]));
    renderWithProviders(<EventsPanel teamId={3} meId={bob.id} isOwner={false} />);
    // The viewer is in UTC (vite.config.ts), the event was planned in Oslo.
    expect(await screen.findByTestId('event-when')).toHaveTextContent(/(17:00|05:00 PM) UTC$/);
    expect(screen.getByTestId('event-own-zone')).toHaveTextContent(/(18:00|06:00 PM) (CET|GMT\+1) in Oslo$/);
  });

  it('answers with a button, highlights the own answer and shows who answered what', async () => {
    const event = anEvent({
      counts: { going: 1, maybe: 0, declined: 0 },
      responses: [{ user: alice, response: 'GOING', answeredAt: inDays(-1) }],
    });
    const { calls } = mockApi({
      ...listRoutes([event]),
      'PUT /api/teams/3/events/7/rsvp': () => ({
        body: {
          ...event,
          counts: { going: 1, maybe: 1, declined: 0 },
          responses: [...event.responses, { user: bob, response: 'MAYBE', answeredAt: inDays(0) }],
          myResponse: 'MAYBE',
        },
      }),
    });
    renderWithProviders(<EventsPanel teamId={3} meId={bob.id} isOwner={false} />);
    await screen.findByText('Training');
    expect(screen.getByText('Going:').nextSibling).toHaveTextContent('Alice');
    expect(screen.getByRole('button', { name: /Maybe/ })).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getByRole('button', { name: /Maybe/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Maybe/ })).toHaveAttribute('aria-pressed', 'true'));
    expect(calls.at(-1)).toMatchObject({ method: 'PUT', body: { response: 'MAYBE' } });
    expect(screen.getByTestId('rsvp-count-maybe')).toHaveTextContent('1');
    expect(screen.getByText('Maybe:').nextSibling).toHaveTextContent('Bob');
  });

  it('follows answers, changes and cancellations that arrive live', async () => {
    const event = anEvent();
    mockApi(listRoutes([event]));
    const { queryClient } = renderWithProviders(<EventsPanel teamId={3} meId={alice.id} isOwner={false} />);
    await screen.findByText('Training');
    const envelope = (e: Omit<EventEnvelope, 'id' | 'teamId' | 'occurredAt'>) =>
      ({ id: `x${e.seq}`, teamId: 3, occurredAt: new Date().toISOString(), ...e }) as EventEnvelope;

    act(() =>
      applyEventEnvelope(
        queryClient,
        envelope({
          type: 'event.rsvp.changed',
          seq: 13,
          data: { eventId: 7, user: bob, response: 'GOING', counts: { going: 1, maybe: 0, declined: 0 } },
        }),
      ),
    );
    await waitFor(() => expect(screen.getByTestId('rsvp-count-going')).toHaveTextContent('1'));
    expect(screen.getByText('Going:').nextSibling).toHaveTextContent('Bob');

    act(() =>
      applyEventEnvelope(
        queryClient,
        envelope({ type: 'event.updated', seq: 14, data: { event: { ...event, title: 'Training, Hall C' }, changed: ['title'] } }),
      ),
    );
    expect(await screen.findByRole('heading', { name: 'Training, Hall C' })).toBeInTheDocument();

    act(() =>
      applyEventEnvelope(
        queryClient,
        envelope({ type: 'event.cancelled', seq: 15, data: { event: { ...event, cancelledAt: inDays(0) }, cancelledBy: alice } }),
      ),
    );
    await waitFor(() => expect(screen.queryByTestId('event')).not.toBeInTheDocument());
    expect(queryClient.getQueryData(queryKeys.eventList(3, 'upcoming'))).toEqual([]);
  });

  it('lets the creator edit (sending only what changed) and cancel after confirming; others get neither', async () => {
    const event = anEvent({ startsAt: '2030-05-01T16:00:00Z', timeZone: 'UTC' });
    const { calls } = mockApi({
      ...listRoutes([event]),
      'PATCH /api/teams/3/events/7': ({ body }) => ({ body: { ...event, ...(body as object), updatedAt: inDays(0) } }),
      'POST /api/teams/3/events/7/cancel': () => ({ body: { ...event, cancelledAt: inDays(0) } }),
    });
    const { unmount } = renderWithProviders(<EventsPanel teamId={3} meId={bob.id} isOwner={false} />);
    await screen.findByText('Training');
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add Training to calendar' })).toHaveAttribute('href', '/api/teams/3/events/7.ics');
    unmount();

    renderWithProviders(<EventsPanel teamId={3} meId={alice.id} isOwner={false} />);
    await screen.findByText('Training');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit Training' });
    expect(within(form).getByLabelText('Starts')).toHaveValue('2030-05-01T16:00');
    fireEvent.change(within(form).getByLabelText('Location'), { target: { value: 'Hall C' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Hall C');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ location: 'Hall C' });
    expect(within(card('Training')).getByText('(changed)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel event' }));
    const confirm = screen.getByRole('group', { name: 'Confirm cancelling Training' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(calls.some((c) => c.path.endsWith('/cancel'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel event' }));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Confirm cancelling Training' })).getByRole('button', { name: 'Cancel event' }),
    );
    await waitFor(() => expect(screen.queryByTestId('event')).not.toBeInTheDocument());
  });

  it('lets a team owner manage anyone’s event', async () => {
    mockApi(listRoutes([anEvent({ createdBy: alice })]));
    renderWithProviders(<EventsPanel teamId={3} meId={bob.id} isOwner />);
    await screen.findByText('Training');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel event' })).toBeInTheDocument();
  });
});
