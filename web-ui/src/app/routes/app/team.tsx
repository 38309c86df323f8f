import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import { Tabs, type TabItem } from '@/components/ui/tabs';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useMessages } from '@/features/chat/api/get-messages';
import { ChatPanel } from '@/features/chat/components/chat-panel';
import { TypingIndicator } from '@/features/chat/components/typing-indicator';
import { highestSeq, historyStartSeq } from '@/features/chat/lib/messages-cache';
import type { TimelineNote } from '@/features/chat/lib/timeline';
import { useEventActivity } from '@/features/events/api/get-event-activity';
import { EventActivityCard } from '@/features/events/components/event-activity-card';
import { EventsPanel } from '@/features/events/components/events-panel';
import { useTeam } from '@/features/teams/api/get-team';
import { useTeams } from '@/features/teams/api/get-teams';
import { useMarkTeamRead } from '@/features/teams/api/mark-team-read';
import { TeamRail } from '@/features/teams/components/team-rail';
import { InviteMemberForm } from '@/features/teams/components/invite-member-form';
import { LeaveTeamButton } from '@/features/teams/components/leave-team-button';
import { MemberList } from '@/features/teams/components/member-list';
import { PendingInvitations } from '@/features/teams/components/pending-invitations';
import { ApiError, errorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useFollowTeam, useRealtime } from '@/lib/realtime-context';
import { useMediaQuery } from '@/lib/use-media-query';
import { useTeamPresence, useTypingSignal } from '@/lib/use-team-presence';

export function TeamRoute() {
  const teamId = Number(useParams().teamId);
  const me = useMe().data;
  const team = useTeam(teamId);
  const messages = useMessages(teamId);
  const realtime = useRealtime();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 900px)');
  const [tab, setTab] = useState('chat');
  const presence = useTeamPresence(teamId);
  const onTyping = useTypingSignal(teamId);
  const markSeen = useMarkTeamRead(teamId);

  // The marker as it was when the team was opened: the "New messages" divider stays there while the
  // team is open, however far reading moves the marker meanwhile.
  const listedReadSeq = useTeams().data?.find((t) => t.id === teamId)?.readSeq;
  const knownReadSeq = listedReadSeq ?? (team.isSuccess ? team.data.readSeq : undefined);
  const [openedAt, setOpenedAt] = useState<{ teamId: number; readSeq: number } | null>(null);
  useEffect(() => {
    if (knownReadSeq !== undefined && openedAt?.teamId !== teamId) setOpenedAt({ teamId, readSeq: knownReadSeq });
  }, [knownReadSeq, openedAt, teamId]);
  const unreadAfterSeq = openedAt?.teamId === teamId ? openedAt.readSeq : undefined;

  // Follow the team live from the newest message the history shows; catch-up fills anything newer.
  useFollowTeam(teamId, team.isSuccess && messages.isSuccess ? highestSeq(messages.data) : undefined);

  // Event cards in the chat, from where the loaded history starts (the realtime bridge adds new ones).
  const historyStart = messages.isSuccess ? historyStartSeq(messages.data, messages.hasNextPage) : undefined;
  const activity = useEventActivity(teamId, historyStart);
  const notes = useMemo(
    (): TimelineNote[] =>
      activity
        .filter((a) => historyStart !== undefined && a.seq >= historyStart)
        .map((a) => ({
          key: `event-${a.seq}`,
          seq: a.seq,
          occurredAt: a.occurredAt,
          actor: a.by,
          content: <EventActivityCard activity={a} />,
        })),
    [activity, historyStart],
  );

  if (!me) return null;
  if (team.isPending) return <Spinner size="lg" label="Loading team" />;
  if (team.isError) {
    const notFound = team.error instanceof ApiError && team.error.status === 404;
    return (
      <div className="page page-narrow stack">
        <h1 className="heading">{notFound ? 'Team not found' : 'Could not open the team'}</h1>
        <Alert>{notFound ? 'This team does not exist or you are not a member of it.' : errorMessage(team.error)}</Alert>
        <Link to={paths.teams}>Back to your teams</Link>
      </div>
    );
  }

  const t = team.data;
  const nameOf = (id: number) => {
    const member = t.members.find((m) => m.id === id);
    return member ? member.displayName || member.username : 'Someone';
  };
  const onlineCount = t.members.filter((m) => presence.online.has(m.id)).length;
  const chat = (
    <ChatPanel
      teamId={teamId}
      teamName={t.name}
      me={me}
      isOwner={t.role === 'OWNER'}
      notes={notes}
      footer={<TypingIndicator names={presence.typing.filter((id) => id !== me.id).map(nameOf)} />}
      onTyping={onTyping}
      unreadAfterSeq={unreadAfterSeq}
      onSeenUpTo={unreadAfterSeq === undefined ? undefined : markSeen}
    />
  );
  const events = <EventsPanel teamId={teamId} meId={me.id} isOwner={t.role === 'OWNER'} />;
  const members = (
    <div className="stack">
      <h2 className="subheading">
        Members <span className="muted">({t.members.length})</span>
      </h2>
      <MemberList team={t} currentUserId={me.id} online={presence.online} />
      <InviteMemberForm teamId={teamId} />
      {t.role === 'OWNER' && <PendingInvitations teamId={teamId} />}
    </div>
  );
  const sideTabs: TabItem[] = [
    { id: 'events', label: 'Events', panel: events },
    { id: 'members', label: `Members (${t.members.length})`, panel: members },
  ];
  const allTabs: TabItem[] = [{ id: 'chat', label: 'Chat', panel: chat }, ...sideTabs];

  return (
    <div className="team-page">
      <header className="team-header">
        <div className="team-title">
          <h1 className="heading">{t.name}</h1>
          {t.role === 'OWNER' && <Badge tone="accent">Owner</Badge>}
          {onlineCount > 0 && (
            <span
              className="online-summary"
              title={t.members.filter((m) => presence.online.has(m.id)).map((m) => nameOf(m.id)).join(', ')}
            >
              <span className="presence-dot is-online" aria-hidden="true" /> {onlineCount} online
            </span>
          )}
        </div>
        {t.description && <p className="muted team-description">{t.description}</p>}
        <div className="team-actions">
          <LeaveTeamButton
            teamId={teamId}
            teamName={t.name}
            currentUserId={me.id}
            onLeft={() => {
              realtime?.leaveTeam(teamId);
              void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
              navigate(paths.teams, { replace: true });
              queryClient.removeQueries({ queryKey: queryKeys.team(teamId) });
            }}
          />
        </div>
      </header>
      {wide ? (
        <div className="team-body team-body-with-rail">
          <TeamRail currentTeamId={teamId} />
          {chat}
          <aside className="team-side" aria-label="Team details">
            <Tabs items={sideTabs} selected={tab === 'chat' ? 'events' : tab} onSelect={setTab} label="Team details" />
          </aside>
        </div>
      ) : (
        <div className="team-body-narrow">
          <Tabs items={allTabs} selected={tab} onSelect={setTab} label="Team sections" />
        </div>
      )}
    </div>
  );
}
