import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import type { Member, TeamDetail } from '@/types/api';
import { useRemoveMember } from '../api/remove-member';

const byRoleThenName = (a: Member, b: Member) =>
  a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === 'OWNER' ? -1 : 1;

type Props = {
  team: TeamDetail;
  currentUserId: number;
  /** Members online now (a dot by their name); omitted, no dots. */
  online?: ReadonlySet<number>;
};

export function MemberList({ team, currentUserId, online }: Props) {
  const remove = useRemoveMember();
  const [confirming, setConfirming] = useState<number | null>(null);
  const isOwner = team.role === 'OWNER';
  const members = [...team.members].sort(byRoleThenName);

  return (
    <div className="stack-sm">
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <ul className="member-list" aria-label="Members">
        {members.map((m) => (
          <li key={m.id} className="member-row">
            <Avatar name={m.displayName || m.username} seed={m.id} size="sm" />
            <span className="member-text">
              <span className="member-name">
                {online && (
                  <span
                    className={online.has(m.id) ? 'presence-dot is-online' : 'presence-dot'}
                    title={online.has(m.id) ? 'Online' : 'Offline'}
                  >
                    <span className="visually-hidden">{online.has(m.id) ? 'Online: ' : 'Offline: '}</span>
                  </span>
                )}
                {m.displayName || m.username}
                {m.id === currentUserId && <span className="muted"> (you)</span>}
              </span>
              <span className="member-username">@{m.username}</span>
            </span>
            <Badge tone={m.role === 'OWNER' ? 'accent' : 'neutral'}>{m.role === 'OWNER' ? 'Owner' : 'Member'}</Badge>
            {isOwner && m.id !== currentUserId && m.role !== 'OWNER' && (
              confirming === m.id ? (
                <span className="inline-confirm">
                  <Button
                    size="sm"
                    variant="danger"
                    isLoading={remove.isPending}
                    onClick={() =>
                      remove.mutate({ teamId: team.id, userId: m.id }, { onSettled: () => setConfirming(null) })
                    }
                  >
                    Remove
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                    Cancel
                  </Button>
                </span>
              ) : (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove ${m.displayName || m.username}`}
                  onClick={() => setConfirming(m.id)}
                >
                  Remove
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
