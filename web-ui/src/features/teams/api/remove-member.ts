import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Leaves the team (own id) or, for the owner, removes a member. */
export const removeMember = ({ teamId, userId }: { teamId: number; userId: number }) =>
  api.delete(`/teams/${teamId}/members/${userId}`);

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_, { teamId }) => queryClient.invalidateQueries({ queryKey: queryKeys.teamDetail(teamId) }),
  });
}
