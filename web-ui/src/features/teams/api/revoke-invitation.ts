import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation } from '@/types/api';

export const revokeInvitation = ({ invitationId }: { invitationId: number; teamId: number }) =>
  api.post<Invitation>(`/invitations/${invitationId}/revoke`, undefined, { idempotent: true });

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (_, { teamId, invitationId }) => {
      queryClient.setQueryData<Invitation[]>(queryKeys.teamInvitations(teamId), (list) =>
        list?.filter((i) => i.id !== invitationId),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.teamInvitations(teamId) });
    },
  });
}
