import { useEffect, useState, type ReactNode } from 'react';
import { api } from '@/lib/api-client';
import { RealtimeClient } from '@/lib/realtime-client';
import { RealtimeProvider } from '@/lib/realtime-context';
import type { TeamEnvelope, User } from '@/types/api';
import { useRealtimeBridge } from './realtime-bridge';

const fetchActivity = (teamId: number, after: number, limit: number) =>
  api.get<TeamEnvelope[]>(`/teams/${teamId}/activity`, { after, limit });

/** One realtime connection per signed-in session; closed on sign-out (unmount). */
export function RealtimeSession({ me, children }: { me: User; children: ReactNode }) {
  const [client, setClient] = useState<RealtimeClient | null>(null);

  useEffect(() => {
    const created = new RealtimeClient({ fetchActivity });
    created.start();
    setClient(created);
    return () => {
      void created.stop();
      setClient(null);
    };
  }, [me.id]);

  useRealtimeBridge(client, me);
  return <RealtimeProvider client={client}>{children}</RealtimeProvider>;
}
