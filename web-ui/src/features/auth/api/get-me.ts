import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { User } from '@/types/api';

export const meQueryKey = queryKeys.me;

/** The signed-in user, or null when the session cookie is missing or expired (401). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await api.get<User>('/me', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });

export const useMe = () => useQuery(meQueryOptions());
