import { describeEventTime } from '@/lib/time-zones';
import type { EventField } from '@/types/api';
import type { EventActivity } from '../lib/event-activity';

const nameOf = (u: { displayName?: string; username: string }) => u.displayName || u.username;

const fieldNames: Record<EventField, string> = {
  title: 'title',
  startsAt: 'time',
  endsAt: 'time',
  timeZone: 'time zone',
  location: 'place',
  description: 'description',
};

/** "time and place", each changed aspect once, in a readable order. */
export function describeChanges(changed: EventField[]): string {
  const names = [...new Set(changed.map((f) => fieldNames[f] ?? f))];
  if (names.length <= 1) return names[0] ?? 'details';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What happened, for the card's headline and for screen readers. */
export function describeActivity(activity: EventActivity): string {
  const title = `“${activity.event.title}”`;
  switch (activity.kind) {
    case 'created':
      return `${activity.by ? nameOf(activity.by) : 'Someone'} planned ${title}`;
    case 'updated':
      return `${title} changed: ${describeChanges(activity.changed)}`;
    case 'cancelled':
      return `${activity.by ? nameOf(activity.by) : 'Someone'} cancelled ${title}`;
  }
}

function CalendarIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg className="event-activity-icon" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" strokeLinecap="round" />
      {crossed && <path d="M9 13l6 6M15 13l-6 6" strokeLinecap="round" />}
    </svg>
  );
}

/** A compact card in the team's chat for an event planned, changed or cancelled. */
export function EventActivityCard({ activity }: { activity: EventActivity }) {
  const { event } = activity;
  const when = describeEventTime(event);
  return (
    <div
      className={`event-activity event-activity-${activity.kind}`}
      data-testid="event-activity"
      data-kind={activity.kind}
      aria-label={describeActivity(activity)}
    >
      <CalendarIcon crossed={activity.kind === 'cancelled'} />
      <div className="event-activity-text">
        <p className="event-activity-headline">{describeActivity(activity)}</p>
        <p className={`event-activity-when${activity.kind === 'cancelled' ? ' event-activity-struck' : ''}`}>
          <time dateTime={event.startsAt}>{when.local}</time>
          {event.location && <> · {event.location}</>}
        </p>
        {when.ownZone && <p className="event-activity-zone">{when.ownZone}</p>}
      </div>
    </div>
  );
}
