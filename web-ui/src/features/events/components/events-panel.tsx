import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';
import { formatEventRange } from '@/lib/format';
import { useEvents } from '../api/get-events';
import { CreateEventForm } from './create-event-form';

export function EventsPanel({ teamId }: { teamId: number }) {
  const events = useEvents(teamId);
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<string | null>(null);

  return (
    <div className="stack">
      <div className="panel-toolbar">
        <h2 className="subheading">Upcoming events</h2>
        {!creating && (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setCreating(true);
              setJustCreated(null);
            }}
          >
            New event
          </Button>
        )}
      </div>
      {justCreated && <Alert tone="success">“{justCreated}” is on the calendar. Everyone in the team has been told.</Alert>}
      {creating && (
        <CreateEventForm
          teamId={teamId}
          onCancel={() => setCreating(false)}
          onCreated={(e) => {
            setCreating(false);
            setJustCreated(e.title);
          }}
        />
      )}
      {events.isPending ? (
        <Spinner label="Loading events" />
      ) : events.isError ? (
        <Alert>{errorMessage(events.error)}</Alert>
      ) : events.data.length === 0 ? (
        <EmptyState title="Nothing planned">Create an event and the whole team hears about it.</EmptyState>
      ) : (
        <ul className="event-list" aria-label="Upcoming events">
          {events.data.map((e) => {
            const start = new Date(e.startsAt);
            return (
              <li key={e.id} className="event-card" data-testid="event">
                <div className="event-date" aria-hidden="true">
                  <span className="event-month">{start.toLocaleDateString(undefined, { month: 'short' })}</span>
                  <span className="event-day">{start.getDate()}</span>
                </div>
                <div className="event-text">
                  <h3 className="event-title">{e.title}</h3>
                  <p className="event-when">
                    <time dateTime={e.startsAt}>{formatEventRange(e.startsAt, e.endsAt)}</time>
                  </p>
                  {e.location && <p className="event-meta">{e.location}</p>}
                  {e.description && <p className="event-description">{e.description}</p>}
                  <p className="event-meta">Created by {e.createdBy.displayName || e.createdBy.username}</p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
