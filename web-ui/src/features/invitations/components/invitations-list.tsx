import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { Invitation } from '@/types/api';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useDeclineInvitation } from '../api/decline-invitation';
import { useInvitations } from '../api/get-invitations';

export function InvitationsList({ onAccepted }: { onAccepted?: (invitation: Invitation) => void }) {
  const invitations = useInvitations();
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const busyId = accept.isPending ? accept.variables : decline.isPending ? decline.variables : null;
  const actionError = accept.error ?? decline.error;

  if (invitations.isPending) return <Spinner label="Loading invitations" />;
  if (invitations.isError) return <Alert>{errorMessage(invitations.error)}</Alert>;
  if (invitations.data.length === 0) {
    return <EmptyState title="No invitations">When someone invites you to a team, it shows up here straight away.</EmptyState>;
  }
  return (
    <div className="stack">
      {actionError && <Alert>{errorMessage(actionError)}</Alert>}
      <ul className="invitation-list" aria-label="Pending invitations">
        {invitations.data.map((inv) => (
          <li key={inv.id} className="invitation-card" data-testid="invitation">
            <Avatar name={inv.team.name} seed={inv.team.id} />
            <div className="invitation-text">
              <p className="invitation-title">
                <strong>{inv.inviter.displayName || inv.inviter.username}</strong> invited you to{' '}
                <strong>{inv.team.name}</strong>
              </p>
              {inv.createdAt && <p className="muted small">{formatDateTime(inv.createdAt)}</p>}
            </div>
            <div className="button-row">
              <Button
                size="sm"
                aria-label={`Accept invitation to ${inv.team.name}`}
                isLoading={accept.isPending && busyId === inv.id}
                disabled={busyId === inv.id}
                onClick={() => accept.mutate(inv.id, { onSuccess: (accepted) => onAccepted?.({ ...inv, ...accepted }) })}
              >
                Accept
              </Button>
              <Button
                size="sm"
                variant="secondary"
                aria-label={`Decline invitation to ${inv.team.name}`}
                isLoading={decline.isPending && busyId === inv.id}
                disabled={busyId === inv.id}
                onClick={() => decline.mutate(inv.id)}
              >
                Decline
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
