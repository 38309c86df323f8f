import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Team } from '@/types/api';

export const getTeams = (signal?: AbortSignal) => api.get<Team[]>('/teams', undefined, signal);

export const useTeams = () => useQuery({ queryKey: queryKeys.teams, queryFn: ({ signal }) => getTeams(signal) });
