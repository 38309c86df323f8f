import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { ReminderBefore } from '@/types/api';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useReminders } from '../api/get-reminders';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';
import { useUpdateReminders } from '../api/update-reminders';

export const REMINDER_CHOICES: { value: ReminderBefore; label: string }[] = [
  { value: 'PT15M', label: '15 minutes before' },
  { value: 'PT1H', label: '1 hour before' },
  { value: 'P1D', label: '1 day before' },
  { value: 'NONE', label: 'No reminders' },
];

function ReminderSetting() {
  const reminders = useReminders();
  const update = useUpdateReminders();
  if (reminders.isPending) return <Spinner size="sm" label="Loading your reminder setting" />;
  if (reminders.isError) return <Alert>{errorMessage(reminders.error)}</Alert>;
  return (
    <div className="stack-sm">
      <SelectField
        label="Remind me of events"
        value={update.isPending ? update.variables : reminders.data.before}
        onChange={(e) => update.mutate(e.target.value as ReminderBefore)}
        disabled={update.isPending}
        error={update.isError ? errorMessage(update.error) : undefined}
        hint="In your notifications, for events you have not declined."
      >
        {REMINDER_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      {update.isSuccess && (
        <p className="muted small" role="status">
          Saved.
        </p>
      )}
    </div>
  );
}

function CalendarFeedSetting() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);

  const makeFeed = () => {
    setCopied(false);
    create.mutate(undefined, { onSuccess: (created) => setUrl(created.url) });
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false); // the field stays selected for copying by hand
    }
  };

  if (feed.isPending) return <Spinner size="sm" label="Loading your calendar feed" />;
  if (feed.isError) return <Alert>{errorMessage(feed.error)}</Alert>;
  const error = create.error ?? revoke.error;

  return (
    <div className="stack-sm" data-testid="calendar-feed">
      <p className="field-label">Calendar feed</p>
      <p className="muted small">
        Subscribe to this address in Google Calendar, Apple Calendar or Outlook to see the events of all your teams.
      </p>
      {url ? (
        <div className="stack-sm">
          <div className="feed-url-row">
            <input
              className="input"
              readOnly
              value={url}
              aria-label="Calendar feed URL"
              onFocus={(e) => e.currentTarget.select()}
              data-testid="calendar-feed-url"
            />
            <Button size="sm" variant="secondary" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
          <p className="field-hint" role="status">
            Copy it now: it is shown only once. Anyone with this address can see your events.
          </p>
        </div>
      ) : feed.data ? (
        <p className="small">Your feed was made on {formatDateTime(feed.data.createdAt)}. Its address was shown once.</p>
      ) : (
        <p className="small">You have no feed.</p>
      )}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {confirmingRevoke ? (
        <div className="button-row" role="group" aria-label="Confirm revoking the feed">
          <span className="small">Calendars subscribed to it get nothing more.</span>
          <Button
            size="sm"
            variant="danger"
            isLoading={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setUrl(null);
                  setConfirmingRevoke(false);
                },
              })
            }
          >
            Revoke
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirmingRevoke(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <div className="button-row">
          <Button size="sm" variant={feed.data ? 'secondary' : 'primary'} onClick={makeFeed} isLoading={create.isPending}>
            {feed.data ? 'Make a new address' : 'Create feed'}
          </Button>
          {feed.data && (
            <Button size="sm" variant="ghost" onClick={() => setConfirmingRevoke(true)}>
              Revoke feed
            </Button>
          )}
        </div>
      )}
      {feed.data && !url && !confirmingRevoke && (
        <p className="muted small">A new address replaces the old one, which stops working.</p>
      )}
    </div>
  );
}

/** The caller's event settings: reminder time and the calendar feed. */
export function CalendarSettings() {
  return (
    <div className="stack calendar-settings">
      <ReminderSetting />
      <CalendarFeedSetting />
    </div>
  );
}
