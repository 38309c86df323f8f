import { useEffect, useMemo, useState } from 'react';
import { TypingRoster, TypingSignaller } from './presence';
import { useRealtime } from './realtime-context';

export type TeamPresence = {
  /** Members with a live connection following the team (empty while we are not connected). */
  online: ReadonlySet<number>;
  /** Members typing now, never the current user (the server does not echo). */
  typing: number[];
};

const nobody: ReadonlySet<number> = new Set();

/** Who is online and who types in a team, live, while the component is mounted. */
export function useTeamPresence(teamId: number): TeamPresence {
  const client = useRealtime();
  const [online, setOnline] = useState<ReadonlySet<number>>(nobody);
  const [typing, setTyping] = useState<number[]>([]);

  useEffect(() => {
    if (!client || !Number.isFinite(teamId)) return;
    const roster = new TypingRoster();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      setTyping(roster.current());
      const next = roster.nextExpiry();
      if (next !== undefined) timer = setTimeout(refresh, Math.max(0, next - Date.now()) + 10);
    };
    const unwatch = client.watchPresence(teamId, (frame) => {
      if (frame.type === 'presence') {
        setOnline(new Set(frame.online));
      } else {
        roster.apply(frame);
        refresh();
      }
    });
    const unlisten = client.onTeamEnvelope((envelope) => {
      if (envelope.teamId !== teamId || envelope.type !== 'chat.message.created') return;
      const author = (envelope.data as { author?: { id?: number } } | undefined)?.author?.id;
      if (author !== undefined) {
        roster.stopped(author);
        refresh();
      }
    });
    const unstatus = client.onStatusChange((status) => {
      if (status !== 'live') setOnline(nobody);
    });
    return () => {
      unwatch();
      unlisten();
      unstatus();
      clearTimeout(timer);
      setOnline(nobody);
      setTyping([]);
    };
  }, [client, teamId]);

  return { online, typing };
}

/**
 * The current user's typing signal for a team: call with `true` on every keystroke in a
 * non-empty draft and `false` on send or blur; throttled to one frame per 3 s.
 */
export function useTypingSignal(teamId: number): (typing: boolean) => void {
  const client = useRealtime();
  const signaller = useMemo(
    () => (client ? new TypingSignaller((typing) => client.sendTyping(teamId, typing)) : null),
    [client, teamId],
  );
  useEffect(() => () => signaller?.signal(false), [signaller]);
  return useMemo(() => (typing: boolean) => signaller?.signal(typing), [signaller]);
}
