import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { ConnectionStatus, RealtimeClient } from './realtime-client';

const RealtimeContext = createContext<RealtimeClient | null>(null);

export function RealtimeProvider({ client, children }: { client: RealtimeClient | null; children: ReactNode }) {
  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}

/** The app's realtime client, or null while signed out. */
export function useRealtime(): RealtimeClient | null {
  return useContext(RealtimeContext);
}

const offline = () => 'offline' as const;

export function useConnectionStatus(): ConnectionStatus {
  const client = useRealtime();
  return useSyncExternalStore(
    (notify) => (client ? client.onStatusChange(notify) : () => {}),
    client ? () => client.status : offline,
    offline,
  );
}

/**
 * Follows a team's live topic once the UI knows which seq it already shows (`baselineSeq`);
 * undefined means "not loaded yet". Following continues after unmount so that notices keep
 * arriving for teams opened in this session; `RealtimeClient.leaveTeam` ends it.
 */
export function useFollowTeam(teamId: number, baselineSeq: number | undefined): void {
  const client = useRealtime();
  useEffect(() => {
    if (client && baselineSeq !== undefined && Number.isFinite(teamId)) client.joinTeam(teamId, baselineSeq);
  }, [client, teamId, baselineSeq]);
}
