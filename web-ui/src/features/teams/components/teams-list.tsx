import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useTeams } from '../api/get-teams';
import { UnreadBadge } from './unread-badge';

export function TeamsList() {
  const teams = useTeams();
  if (teams.isPending) return <Spinner />;
  if (teams.isError) return <Alert>{errorMessage(teams.error)}</Alert>;
  if (teams.data.length === 0) {
    return (
      <EmptyState title="No teams yet">
        Create a team to start chatting, or accept an invitation from a teammate.
      </EmptyState>
    );
  }
  const sorted = [...teams.data].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ul className="team-grid" aria-label="Your teams">
      {sorted.map((team) => (
        <li key={team.id}>
          <Link className="team-card" to={paths.team(team.id)}>
            <Avatar name={team.name} seed={team.id} />
            <span className="team-card-text">
              <span className="team-card-name">{team.name}</span>
              {team.description && <span className="team-card-description">{team.description}</span>}
            </span>
            {team.role === 'OWNER' && <Badge tone="accent">Owner</Badge>}
            <UnreadBadge count={team.unread} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
