import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation, InviteBody } from '@/types/api';

export const inviteMember = ({ teamId, username }: { teamId: number; username: string }) =>
  api.post<Invitation>(`/teams/${teamId}/invitations`, { username } satisfies InviteBody, { idempotent: true });

/** The sentence to show under the username field when an invitation is refused. */
export function inviteErrorMessage(error: unknown, username: string): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return `There is no user called “${username}”.`;
    if (error.status === 409) return error.problem.detail ?? `${username} is already a member or already invited.`;
    if (error.fieldErrors.username) return error.fieldErrors.username;
  }
  return error instanceof Error ? error.message : 'Could not send the invitation.';
}

export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteMember,
    onSuccess: (_, { teamId }) => queryClient.invalidateQueries({ queryKey: queryKeys.teamInvitations(teamId) }),
  });
}
