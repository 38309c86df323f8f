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
};

const who = (u: Named) => u?.displayName || u?.username || 'Someone';

/** One readable line for an inbox entry; unknown types still get a sensible sentence. */
export function describeNotification(n: Pick<Notification, 'type' | 'data'>): string {
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
      return `${who(d.createdBy)} planned “${d.title ?? 'an event'}”`;
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
