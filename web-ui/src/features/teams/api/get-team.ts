import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { TeamDetail } from '@/types/api';

export const getTeam = (teamId: number, signal?: AbortSignal) =>
  api.get<TeamDetail>(`/teams/${teamId}`, undefined, signal);

export const useTeam = (teamId: number) =>
  useQuery({
    queryKey: queryKeys.teamDetail(teamId),
    queryFn: ({ signal }) => getTeam(teamId, signal),
    enabled: Number.isFinite(teamId),
  });
