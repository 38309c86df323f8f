import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { CreateTeamForm } from '@/features/teams/components/create-team-form';
import { TeamsList } from '@/features/teams/components/teams-list';

export function TeamsRoute() {
  const navigate = useNavigate();
  return (
    <div className="page page-split">
      <section className="page-main stack" aria-labelledby="teams-heading">
        <h1 className="heading" id="teams-heading">
          Your teams
        </h1>
        <TeamsList />
      </section>
      <aside className="card stack page-aside" aria-labelledby="create-team-heading">
        <h2 className="subheading" id="create-team-heading">
          Start a new team
        </h2>
        <CreateTeamForm onCreated={(team) => navigate(paths.team(team.id))} />
      </aside>
    </div>
  );
}
