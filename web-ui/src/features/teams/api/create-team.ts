import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { CreateTeamBody, Team } from '@/types/api';

export type CreateTeamInput = CreateTeamBody;

export const createTeam = (input: CreateTeamInput) => api.post<Team>('/teams', input, { idempotent: true });

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: (team) => {
      queryClient.setQueryData<Team[]>(queryKeys.teams, (teams) =>
        teams && !teams.some((t) => t.id === team.id) ? [...teams, team] : teams,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
    },
  });
}
