import { useEffect, useState, type ReactNode } from 'react';
import { useTeams } from '@/features/teams/api/get-teams';
import { api } from '@/lib/api-client';
import { RealtimeClient } from '@/lib/realtime-client';
import { RealtimeProvider } from '@/lib/realtime-context';
import type { TeamEnvelope, User } from '@/types/api';
import { useRealtimeBridge } from './realtime-bridge';

const fetchActivity = (teamId: number, after: number, limit: number) =>
  api.get<TeamEnvelope[]>(`/teams/${teamId}/activity`, { after, limit });

/** One realtime connection per signed-in session; closed on sign-out (unmount). */
export function RealtimeSession({ me, children }: { me: User; children: ReactNode }) {
  const [client, setClient] = useState<RealtimeClient | null>(null);

  useEffect(() => {
    const created = new RealtimeClient({ fetchActivity });
    created.start();
    setClient(created);
    return () => {
      void created.stop();
      setClient(null);
    };
  }, [me.id]);

  useRealtimeBridge(client, me);
  useFollowMyTeams(client);
  return <RealtimeProvider client={client}>{children}</RealtimeProvider>;
}

/** One connection holds at most 100 subscriptions; the personal queue and some room stay free. */
const MAX_FOLLOWED_TEAMS = 90;

/**
 * Follows every team of the user from the seq the team list was counted at, so unread badges
 * move live for teams not open; a team already followed keeps its place.
 */
function useFollowMyTeams(client: RealtimeClient | null) {
  const teams = useTeams();
  useEffect(() => {
    if (!client || !teams.data) return;
    for (const team of teams.data.slice(0, MAX_FOLLOWED_TEAMS)) {
      if (team.lastSeq !== undefined) client.joinTeam(team.id, team.lastSeq);
    }
  }, [client, teams.data]);
}
