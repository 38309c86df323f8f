import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { NewEventBody, TeamEvent } from '@/types/api';

export type CreateEventInput = NewEventBody;

export const createEvent = ({ teamId, ...body }: CreateEventInput & { teamId: number }) =>
  api.post<TeamEvent>(`/teams/${teamId}/events`, body);

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (event) => {
      queryClient.setQueryData<TeamEvent[]>(queryKeys.events(event.teamId), (list) =>
        list && !list.some((e) => e.id === event.id) ? [...list, event] : list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.events(event.teamId) });
    },
  });
}
