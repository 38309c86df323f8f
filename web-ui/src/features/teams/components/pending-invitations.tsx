import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { useTeamInvitations } from '../api/get-team-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

/** Owner-only list of the team's invitations still waiting for an answer, each revocable. */
export function PendingInvitations({ teamId }: { teamId: number }) {
  const invitations = useTeamInvitations(teamId, true);
  const revoke = useRevokeInvitation();
  const pending = (invitations.data ?? []).filter((i) => i.status === 'PENDING');

  if (invitations.isError) return <Alert>{errorMessage(invitations.error)}</Alert>;
  if (pending.length === 0) return null;
  return (
    <section className="stack-sm" aria-labelledby={`pending-${teamId}`}>
      <h3 className="subheading" id={`pending-${teamId}`}>
        Pending invitations
      </h3>
      {revoke.isError && <Alert>{errorMessage(revoke.error)}</Alert>}
      <ul className="member-list">
        {pending.map((inv) => (
          <li key={inv.id} className="member-row">
            <span className="member-text">
              <span className="member-name">{inv.invitee.displayName || inv.invitee.username}</span>
              <span className="member-username">@{inv.invitee.username}</span>
            </span>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Revoke invitation for ${inv.invitee.username}`}
              isLoading={revoke.isPending && revoke.variables?.invitationId === inv.id}
              onClick={() => revoke.mutate({ invitationId: inv.id, teamId })}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
