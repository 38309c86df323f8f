import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { CalendarSettings } from './calendar-settings';

afterEach(() => vi.unstubAllGlobals());

const feedUrl = 'http://127.0.0.1:3000/api/calendar/s3cret.ics';

describe('CalendarSettings', () => {
  it('shows and changes the reminder time', async () => {
    const { calls } = mockApi({
      'GET /api/me/reminders': () => ({ body: { before: 'PT1H' } }),
      'PUT /api/me/reminders': ({ body }) => ({ body }),
      'GET /api/me/calendar-feed': () => ({ status: 404, body: { status: 404, detail: 'No feed' } }),
    });
    renderWithProviders(<CalendarSettings />);
    const select = (await screen.findByLabelText('Remind me of events')) as HTMLSelectElement;
    expect(select.value).toBe('PT1H');
    await userEvent.selectOptions(select, 'No reminders');
    await screen.findByText('Saved.');
    expect(calls.at(-1)).toMatchObject({ method: 'PUT', path: '/api/me/reminders', body: { before: 'NONE' } });
    expect(select.value).toBe('NONE');
  });

  it('creates a feed, shows its URL once with a copy button, and revokes it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { calls } = mockApi({
      'GET /api/me/reminders': () => ({ body: { before: 'PT1H' } }),
      'GET /api/me/calendar-feed': () => ({ status: 404, body: { status: 404, detail: 'No feed' } }),
      'POST /api/me/calendar-feed': () => ({ status: 201, body: { url: feedUrl, createdAt: '2026-11-30T10:00:00Z' } }),
      'DELETE /api/me/calendar-feed': () => ({ status: 204 }),
    });
    renderWithProviders(<CalendarSettings />);
    expect(await screen.findByText('You have no feed.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Create feed' }));
    expect(await screen.findByLabelText('Calendar feed URL')).toHaveValue(feedUrl);
    expect(screen.getByText(/it is shown only once/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(feedUrl);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Revoke feed' }));
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('You have no feed.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Calendar feed URL')).not.toBeInTheDocument();
    expect(calls.map((c) => c.method)).toContain('DELETE');
  });

  it('says a feed exists without showing its address again', async () => {
    mockApi({
      'GET /api/me/reminders': () => ({ body: { before: 'P1D' } }),
      'GET /api/me/calendar-feed': () => ({ body: { createdAt: '2026-11-30T10:00:00Z' } }),
    });
    renderWithProviders(<CalendarSettings />);
    expect(await screen.findByText(/Its address was shown once/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make a new address' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Calendar feed URL')).not.toBeInTheDocument();
  });
});
