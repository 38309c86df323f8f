import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation } from '@/types/api';

/** The team's pending invitations (owner only). */
export const getTeamInvitations = (teamId: number, signal?: AbortSignal) =>
  api.get<Invitation[]>(`/teams/${teamId}/invitations`, undefined, signal);

export const useTeamInvitations = (teamId: number, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.teamInvitations(teamId),
    queryFn: ({ signal }) => getTeamInvitations(teamId, signal),
    enabled,
  });
