import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation } from '@/types/api';

export const declineInvitation = (invitationId: number) =>
  api.post<Invitation>(`/invitations/${invitationId}/decline`, undefined, { idempotent: true });

export function useDeclineInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineInvitation,
    onSuccess: (invitation) => {
      queryClient.setQueryData<Invitation[]>(queryKeys.myInvitations, (list) =>
        list?.filter((i) => i.id !== invitation.id),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
    },
  });
}
