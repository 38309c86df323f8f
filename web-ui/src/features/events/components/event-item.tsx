import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { browserTimeZone, describeEventTime } from '@/lib/time-zones';
import type { RsvpResponse, TeamEvent } from '@/types/api';
import { useCancelEvent } from '../api/cancel-event';
import { eventIcsUrl } from '../api/get-event-ics';
import { useSetRsvp } from '../api/set-rsvp';
import { isOver, myAnswer } from '../lib/events-cache';
import { EditEventForm } from './event-form';
import { RsvpBar } from './rsvp-bar';

type Props = { event: TeamEvent; meId: number; isOwner: boolean };

const nameOf = (u: { displayName?: string; username: string }) => u.displayName || u.username;

/** One event in the list: when (in the viewer's zone), where, the answers, and its tools. */
export function EventItem({ event, meId, isOwner }: Props) {
  const [mode, setMode] = useState<'view' | 'editing' | 'confirming'>('view');
  const [error, setError] = useState<string | null>(null);
  const rsvp = useSetRsvp();
  const cancel = useCancelEvent();
  const viewerZone = browserTimeZone();
  const when = describeEventTime(event, viewerZone);
  const past = isOver(event);
  const canManage = isOwner || event.createdBy.id === meId;
  const start = new Date(event.startsAt);

  const startMode = (next: 'editing' | 'confirming') => {
    setError(null);
    setMode(next);
  };

  const answer = (response: RsvpResponse) => {
    setError(null);
    rsvp.mutate(
      { teamId: event.teamId, eventId: event.id, response },
      { onError: (e) => setError(errorMessage(e)) },
    );
  };

  if (mode === 'editing') {
    return (
      <li className="event-card event-card-editing" data-testid="event">
        <EditEventForm event={event} onCancel={() => setMode('view')} onSaved={() => setMode('view')} />
      </li>
    );
  }

  return (
    <li className="event-card" data-testid="event" data-event-id={event.id}>
      <div className="event-main">
        <div className="event-date" aria-hidden="true">
          <span className="event-month">{start.toLocaleDateString(undefined, { month: 'short', timeZone: viewerZone })}</span>
          <span className="event-day">{start.toLocaleDateString(undefined, { day: 'numeric', timeZone: viewerZone })}</span>
        </div>
        <div className="event-text">
          <h3 className="event-title">
            {event.title}
            {event.updatedAt && (
              <span className="event-edited" title={`Changed ${formatDateTime(event.updatedAt)}`}>
                {' '}
                (changed)
              </span>
            )}
          </h3>
          <p className="event-when">
            <time dateTime={event.startsAt} data-testid="event-when">
              {when.local}
            </time>
          </p>
          {when.ownZone && (
            <p className="event-meta" data-testid="event-own-zone">
              {when.ownZone}
            </p>
          )}
          {event.location && <p className="event-meta">{event.location}</p>}
          {event.description && <p className="event-description">{event.description}</p>}
          <p className="event-meta">
            Created by {nameOf(event.createdBy)}
            {past && (
              <>
                {' '}
                <Badge>Past</Badge>
              </>
            )}
          </p>
        </div>
      </div>
      <div className="event-footer">
        <RsvpBar event={event} mine={myAnswer(event, meId)} onAnswer={past ? null : answer} busy={rsvp.isPending} />
        {mode === 'confirming' ? (
          <div className="event-confirm" role="group" aria-label={`Confirm cancelling ${event.title}`}>
            <p>Cancel “{event.title}”? It leaves everyone’s list, and those who said going or maybe are told.</p>
            <div className="button-row">
              <Button
                size="sm"
                variant="danger"
                isLoading={cancel.isPending}
                onClick={() =>
                  cancel.mutate(
                    { teamId: event.teamId, eventId: event.id },
                    { onError: (e) => setError(errorMessage(e)), onSuccess: () => setMode('view') },
                  )
                }
              >
                Cancel event
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setMode('view')} disabled={cancel.isPending}>
                Keep it
              </Button>
            </div>
          </div>
        ) : (
          <div className="event-tools">
            <a className="link-btn" href={eventIcsUrl(event.teamId, event.id)} download aria-label={`Add ${event.title} to calendar`}>
              Add to calendar
            </a>
            {canManage && !past && (
              <>
                <button type="button" className="link-btn" onClick={() => startMode('editing')}>
                  Edit
                </button>
                <button type="button" className="link-btn link-danger" onClick={() => startMode('confirming')}>
                  Cancel event
                </button>
              </>
            )}
          </div>
        )}
        {error && (
          <p className="message-state message-state-failed" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
