import { NavLink } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { paths } from '@/config/paths';
import { useTeams } from '../api/get-teams';
import { UnreadBadge } from './unread-badge';

/** The user's teams beside an open team, with their unread counts (the open one shows none). */
export function TeamRail({ currentTeamId }: { currentTeamId: number }) {
  const teams = useTeams();
  if (!teams.isSuccess) return null;
  const sorted = [...teams.data].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <nav className="team-rail" aria-label="Your teams">
      <ul>
        {sorted.map((team) => (
          <li key={team.id}>
            <NavLink className="team-rail-link" to={paths.team(team.id)} data-testid="team-rail-link">
              <Avatar name={team.name} seed={team.id} size="sm" />
              <span className="team-rail-name">{team.name}</span>
              {team.id !== currentTeamId && <UnreadBadge count={team.unread} />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
