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
      <span className="event-activity-icon" aria-hidden="true">
        {activity.kind === 'cancelled' ? '✕' : '📅'}
      </span>
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
