import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';
import type { TeamEvent } from '@/types/api';
import { useEvents } from '../api/get-events';
import type { EventListKind } from '../lib/events-cache';
import { CreateEventForm } from './event-form';
import { EventItem } from './event-item';

type Props = { teamId: number; meId: number; isOwner: boolean };

function EventList({ kind, teamId, meId, isOwner }: Props & { kind: EventListKind }) {
  const events = useEvents(teamId, kind);
  const label = kind === 'upcoming' ? 'Upcoming events' : 'Past events';
  if (events.isPending) return <Spinner label={`Loading ${label.toLowerCase()}`} />;
  if (events.isError) return <Alert>{errorMessage(events.error)}</Alert>;
  if (events.data.length === 0) {
    return kind === 'upcoming' ? (
      <EmptyState title="Nothing planned">Create an event and the whole team hears about it.</EmptyState>
    ) : (
      <p className="muted small">No past events.</p>
    );
  }
  return (
    <ul className="event-list" aria-label={label}>
      {events.data.map((e: TeamEvent) => (
        <EventItem key={e.id} event={e} meId={meId} isOwner={isOwner} />
      ))}
    </ul>
  );
}

/** The team's events: upcoming first (soonest first), past ones on request, and the create form. */
export function EventsPanel({ teamId, meId, isOwner }: Props) {
  const [creating, setCreating] = useState(false);
  const [showPast, setShowPast] = useState(false);
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
      <EventList kind="upcoming" teamId={teamId} meId={meId} isOwner={isOwner} />
      <div className="panel-toolbar">
        <Button size="sm" variant="ghost" aria-expanded={showPast} onClick={() => setShowPast((s) => !s)}>
          {showPast ? 'Hide past events' : 'Past events'}
        </Button>
      </div>
      {showPast && (
        <section className="stack" aria-label="Past events">
          <h2 className="subheading">Past events</h2>
          <EventList kind="past" teamId={teamId} meId={meId} isOwner={isOwner} />
        </section>
      )}
    </div>
  );
}
