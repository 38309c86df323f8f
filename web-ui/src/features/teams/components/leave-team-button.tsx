import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';
import { useRemoveMember } from '../api/remove-member';

export function LeaveTeamButton({
  teamId,
  teamName,
  currentUserId,
  onLeft,
}: {
  teamId: number;
  teamName: string;
  currentUserId: number;
  onLeft: () => void;
}) {
  const leave = useRemoveMember();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
        Leave team
      </Button>
    );
  }
  return (
    <div className="inline-confirm" role="group" aria-label={`Leave ${teamName}?`}>
      <span className="muted">Leave {teamName}?</span>
      <Button
        variant="danger"
        size="sm"
        isLoading={leave.isPending}
        onClick={() => leave.mutate({ teamId, userId: currentUserId }, { onSuccess: onLeft })}
      >
        Leave
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {leave.isError && (
        <span className="field-error" role="alert">
          {errorMessage(leave.error)}
        </span>
      )}
    </div>
  );
}
