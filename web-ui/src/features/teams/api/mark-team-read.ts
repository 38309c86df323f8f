import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Team } from '@/types/api';
import { ReadThrottle } from '../lib/read-throttle';
import { withReadMarker, type ReadMarker } from '../lib/unread';

/** Moves the caller's read marker in a team forward (never back); answers the stored marker. */
export const markTeamRead = (teamId: number, seq: number) => api.put<ReadMarker>(`/teams/${teamId}/read`, { seq });

let throttle: ReadThrottle | null = null;

/** Drops marker writes not yet sent (sign-out). */
export const abandonReadMarkers = () => throttle?.clear();

/**
 * `seen(seq)`: the reader has seen the team's chat up to `seq`. Throttled (one write per second per
 * team, forward moves only); the answer updates the team list's marker and unread count.
 */
export function useMarkTeamRead(teamId: number) {
  const queryClient = useQueryClient();
  useEffect(() => {
    throttle ??= new ReadThrottle((id, seq) =>
      markTeamRead(id, seq).then((marker) =>
        queryClient.setQueryData<Team[]>(queryKeys.teams, (teams) => withReadMarker(teams, marker)),
      ),
    );
  }, [queryClient]);
  return useCallback(
    (seq: number) => {
      const known = queryClient.getQueryData<Team[]>(queryKeys.teams)?.find((t) => t.id === teamId)?.readSeq ?? 0;
      throttle?.seen(teamId, seq, known);
    },
    [queryClient, teamId],
  );
}
