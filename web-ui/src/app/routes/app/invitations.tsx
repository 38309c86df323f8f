import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { InvitationsList } from '@/features/invitations/components/invitations-list';

export function InvitationsRoute() {
  const navigate = useNavigate();
  return (
    <div className="page page-narrow stack">
      <h1 className="heading">Invitations</h1>
      <InvitationsList onAccepted={(inv) => navigate(paths.team(inv.team.id))} />
    </div>
  );
}
