import type { Team } from '@/types/api';

/** The server counts unread messages up to this many; the UI shows more than 99 as "99+". */
export const UNREAD_CAP = 1000;

export type ReadMarker = { teamId: number; seq: number; unread: number };

export const unreadLabel = (count: number) => (count > 99 ? '99+' : String(count));

const update = (teams: Team[] | undefined, teamId: number, change: (team: Team) => Team): Team[] | undefined => {
  if (!teams) return teams;
  let changed = false;
  const next = teams.map((team) => {
    if (team.id !== teamId) return team;
    const updated = change(team);
    if (updated !== team) changed = true;
    return updated;
  });
  return changed ? next : teams;
};

/**
 * A marker from `PUT /teams/{id}/read` or a `chat.read.updated` envelope (another tab or device):
 * taken unless the cached one is already further, since markers never move back.
 */
export function withReadMarker(teams: Team[] | undefined, marker: ReadMarker): Team[] | undefined {
  return update(teams, marker.teamId, (team) =>
    (team.readSeq ?? 0) > marker.seq ? team : { ...team, readSeq: marker.seq, unread: marker.unread },
  );
}

/**
 * A team envelope about a message arrived (live or from catch-up): counts it as unread when it is
 * someone else's message after the marker and newer than what the cached count already covers
 * (`lastSeq`), so a copy the server already counted is not counted twice.
 */
export function withMessageEnvelope(
  teams: Team[] | undefined,
  envelope: { teamId: number; seq: number; type: string; data: { seq: number; author: { id: number } } },
  meId: number,
): Team[] | undefined {
  return update(teams, envelope.teamId, (team) => {
    const lastSeq = team.lastSeq ?? 0;
    if (envelope.seq <= lastSeq) return team;
    const message = envelope.data;
    const counts = message.author.id !== meId && message.seq > (team.readSeq ?? 0);
    const unread = team.unread ?? 0;
    const delta = !counts ? 0 : envelope.type === 'chat.message.created' ? 1 : envelope.type === 'chat.message.deleted' ? -1 : 0;
    return { ...team, lastSeq: envelope.seq, unread: Math.max(0, Math.min(UNREAD_CAP, unread + delta)) };
  });
}
