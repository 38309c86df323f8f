import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { inviteErrorMessage, useInviteMember } from '../api/invite-member';

export function InviteMemberForm({ teamId }: { teamId: number }) {
  const mutation = useInviteMember();
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim().replace(/^@/, '');
    setSent(null);
    if (!name) return setError('Enter a username');
    setError(undefined);
    mutation.mutate(
      { teamId, username: name },
      {
        onSuccess: () => {
          setSent(name);
          setUsername('');
        },
        onError: (e) => setError(inviteErrorMessage(e, name)),
      },
    );
  };

  return (
    <form className="stack-sm" onSubmit={onSubmit} noValidate aria-label="Invite a member">
      <div className="inline-form">
        <TextField
          label="Invite by username"
          name="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={error}
        />
        <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
          Invite
        </Button>
      </div>
      {sent && <Alert tone="success">Invitation sent to {sent}.</Alert>}
    </form>
  );
}
