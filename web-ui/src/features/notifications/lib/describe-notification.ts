import { browserTimeZone, describeEventTime } from '@/lib/time-zones';
import type { Notification } from '@/types/api';

type Named = { displayName?: string; username?: string } | undefined | null;
type Data = Record<string, unknown> & {
  team?: { name?: string };
  inviter?: Named;
  invitee?: Named;
  author?: Named;
  createdBy?: Named;
  user?: Named;
  removedBy?: Named;
  title?: string;
  body?: string;
  event?: EventData;
  changed?: string[];
  cancelledBy?: Named;
  message?: { author?: Named; body?: string | null; deleted?: boolean };
};

type EventData = {
  title?: string;
  startsAt?: string;
  endsAt?: string | null;
  timeZone?: string;
  location?: string | null;
};

const changeNames: Record<string, string> = {
  title: 'title',
  startsAt: 'time',
  endsAt: 'time',
  timeZone: 'time zone',
  location: 'place',
  description: 'description',
};

/** "“Retro” · Tue 1 Dec, 18:00 CET · Kitchen": title, time in the viewer's zone, place. */
function eventLine(e: EventData | undefined, zone: string, withPlace = true): string {
  const title = `“${e?.title ?? 'an event'}”`;
  if (!e?.startsAt) return title;
  const when = describeEventTime({ startsAt: e.startsAt, endsAt: e.endsAt ?? null, timeZone: e.timeZone }, zone).local;
  return [title, when, withPlace ? e.location : null].filter(Boolean).join(' · ');
}

function changeList(changed: string[] | undefined): string {
  const names = [...new Set((changed ?? []).map((c) => changeNames[c] ?? c))];
  if (names.length === 0) return 'details';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A quote short enough for one line of the inbox or a toast. */
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const who = (u: Named) => u?.displayName || u?.username || 'Someone';

/** One readable line for an inbox entry; unknown types still get a sensible sentence. */
export function describeNotification(n: Pick<Notification, 'type' | 'data'>, zone = browserTimeZone()): string {
  const d = (n.data && typeof n.data === 'object' ? n.data : {}) as Data;
  const team = d.team?.name ? ` ${d.team.name}` : ' a team';
  switch (n.type) {
    case 'invitation.received':
      return `${who(d.inviter)} invited you to${team}`;
    case 'invitation.accepted':
      return `${who(d.invitee)} accepted your invitation to${team}`;
    case 'invitation.declined':
      return `${who(d.invitee)} declined your invitation to${team}`;
    case 'invitation.revoked':
      return `Your invitation to${team} was withdrawn`;
    case 'event.created':
      return `${who(d.createdBy)} planned ${eventLine(d as EventData, zone)}`;
    case 'event.updated': {
      const where = d.changed?.includes('location') ? (d.event?.location ?? 'no place set') : null;
      const line = eventLine(d.event, zone, false);
      return `Changed (${changeList(d.changed)}): ${line}${where ? ` · ${where}` : ''}`;
    }
    case 'event.cancelled':
      return `${who(d.cancelledBy)} cancelled ${eventLine(d.event, zone, false)}`;
    case 'event.reminder':
      // The absolute time, not "in 1 hour": a reminder can be sent late (an event planned at
      // short notice) and read later still.
      return `Reminder: ${eventLine(d.event, zone)}`;
    case 'chat.mention': {
      const m = d.message;
      const quote = m?.deleted ? ' (message deleted)' : m?.body ? `: “${clip(m.body)}”` : '';
      return `${who(m?.author)} mentioned you in${team}${quote}`;
    }
    case 'chat.message.created':
      return `${who(d.author)}: ${d.body ?? ''}`;
    case 'member.joined':
      return `${who(d.user)} joined the team`;
    case 'member.left':
      return d.removedBy ? `${who(d.removedBy)} removed ${who(d.user)} from the team` : `${who(d.user)} left the team`;
    default:
      return n.type.replace(/[._]/g, ' ');
  }
}
