import { unreadLabel } from '../lib/unread';

/** A team's unread message count; nothing when there is none. */
export function UnreadBadge({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <span className="unread-badge" data-testid="unread-badge" aria-label={`${count} unread ${count === 1 ? 'message' : 'messages'}`}>
      {unreadLabel(count)}
    </span>
  );
}
