import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Invitation } from '@/types/api';

/** The caller's pending invitations. */
export const getInvitations = (signal?: AbortSignal) => api.get<Invitation[]>('/invitations', undefined, signal);

export const useInvitations = () =>
  useQuery({
    queryKey: queryKeys.myInvitations,
    queryFn: ({ signal }) => getInvitations(signal),
    select: (list) => list.filter((i) => i.status === 'PENDING'),
  });
