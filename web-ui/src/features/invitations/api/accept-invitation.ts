import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation } from '@/types/api';

export const acceptInvitation = (invitationId: number) =>
  api.post<Invitation>(`/invitations/${invitationId}/accept`, undefined, { idempotent: true });

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (invitation) => {
      queryClient.setQueryData<Invitation[]>(queryKeys.myInvitations, (list) =>
        list?.filter((i) => i.id !== invitation.id),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
    },
  });
}
