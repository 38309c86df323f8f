import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Notification } from '@/types/api';

/** The caller's inbox, newest first, with read flags. */
export const getNotifications = (signal?: AbortSignal) => api.get<Notification[]>('/notifications', undefined, signal);

export const useNotifications = (enabled: boolean) =>
  useQuery({ queryKey: queryKeys.notificationList, queryFn: ({ signal }) => getNotifications(signal), enabled });
