import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { addMessageToCache, setReactionsInCache, updateMessageInCache } from '@/features/chat/lib/messages-cache';
import { applyEventEnvelope, isEventEnvelope } from '@/features/events/lib/events-cache';
import { withMessageEnvelope, withReadMarker } from '@/features/teams/lib/unread';
import { describeNotification } from '@/features/notifications/lib/describe-notification';
import { describeEventTime } from '@/lib/time-zones';
import { queryKeys } from '@/lib/query-keys';
import type { RealtimeClient } from '@/lib/realtime-client';
import type { Team, User } from '@/types/api';

/**
 * Turns real-time envelopes into cache updates and notices. Chat messages go straight into the
 * cached history; everything else refreshes the queries it affects.
 */
export function useRealtimeBridge(client: RealtimeClient | null, me: User | null | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { show } = useToast();

  useEffect(() => {
    if (!client || !me) return;
    let countTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshUnreadCount = () => {
      if (countTimer) return;
      countTimer = setTimeout(() => {
        countTimer = null;
        void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      }, 400);
    };
    const teamName = (teamId: number) =>
      queryClient.getQueryData<Team[]>(queryKeys.teams)?.find((t) => t.id === teamId)?.name ?? 'your team';
    const viewing = (teamId: number) => window.location.pathname === paths.team(teamId);

    const offTeam = client.onTeamEnvelope((envelope, source) => {
      const { teamId } = envelope;
      switch (envelope.type) {
        case 'chat.message.created':
          addMessageToCache(queryClient, { ...envelope.data, teamId });
          queryClient.setQueryData<Team[]>(queryKeys.teams, (teams) => withMessageEnvelope(teams, envelope, me.id));
          break;
        case 'chat.message.edited':
        case 'chat.message.deleted':
          updateMessageInCache(queryClient, { ...envelope.data, teamId });
          queryClient.setQueryData<Team[]>(queryKeys.teams, (teams) => withMessageEnvelope(teams, envelope, me.id));
          break;
        case 'chat.reaction.added':
        case 'chat.reaction.removed':
          setReactionsInCache(queryClient, teamId, envelope.data.messageId, envelope.data.reactions);
          break;
        case 'event.created': {
          const event = envelope.data;
          if (isEventEnvelope(envelope)) applyEventEnvelope(queryClient, envelope);
          if (source !== 'initial' && event.createdBy?.id !== me.id) {
            show({
              title: `New event in ${teamName(teamId)}`,
              description: `${event.title} · ${describeEventTime(event).local}`,
              action: viewing(teamId) ? undefined : { label: 'View', onClick: () => navigate(paths.team(teamId)) },
            });
          }
          break;
        }
        case 'member.joined':
        case 'member.left': {
          const change = envelope.data;
          if (envelope.type === 'member.left' && change.user?.id === me.id) {
            client.leaveTeam(teamId);
            void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
            if (viewing(teamId)) navigate(paths.teams, { replace: true });
            queryClient.removeQueries({ queryKey: queryKeys.team(teamId) });
            // A removal is announced by the personal notice (see onPersonalEnvelope), not twice.
          } else {
            void queryClient.invalidateQueries({ queryKey: queryKeys.teamDetail(teamId) });
            void queryClient.invalidateQueries({ queryKey: queryKeys.teamInvitations(teamId) });
          }
          break;
        }
        default:
          // event.updated, event.cancelled, event.rsvp.changed: lists, answers and chat cards.
          if (isEventEnvelope(envelope)) applyEventEnvelope(queryClient, envelope);
          break;
      }
      if (source === 'live') refreshUnreadCount();
    });

    const offPersonal = client.onPersonalEnvelope((envelope) => {
      const type: string = envelope.type;
      if (envelope.type === 'chat.read.updated') {
        // Another tab or device of ours read a team: its badge clears here too. Not an inbox entry.
        const marker = envelope.data;
        queryClient.setQueryData<Team[]>(queryKeys.teams, (teams) => withReadMarker(teams, marker));
        return;
      }
      if (type === 'event.updated' || type === 'event.cancelled' || type === 'event.reminder') {
        // Inbox notices about events one answered (changed, cancelled) or is reminded of.
        const teamId = envelope.teamId;
        show({
          title: describeNotification(envelope),
          tone: type === 'event.cancelled' ? 'info' : undefined,
          action:
            teamId == null || viewing(teamId) ? undefined : { label: 'View', onClick: () => navigate(paths.team(teamId)) },
        });
        refreshUnreadCount();
        return;
      }
      switch (envelope.type) {
        case 'chat.mention': {
          const teamId = envelope.teamId;
          show({
            title: describeNotification(envelope),
            action:
              teamId == null || viewing(teamId) ? undefined : { label: 'View', onClick: () => navigate(paths.team(teamId)) },
          });
          break;
        }
        case 'invitation.received':
          void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
          show({
            title: 'New invitation',
            description: describeNotification(envelope),
            action:
              window.location.pathname === paths.invitations
                ? undefined
                : { label: 'View', onClick: () => navigate(paths.invitations) },
          });
          break;
        case 'invitation.revoked':
          void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
          break;
        case 'member.left': {
          // Sent personally when an owner removed us: the team's topic no longer reaches us.
          const teamId = envelope.teamId;
          if (teamId != null) {
            show({ title: `You were removed from ${teamName(teamId)}`, tone: 'info' });
            client.leaveTeam(teamId);
            void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
            if (viewing(teamId)) navigate(paths.teams, { replace: true });
            queryClient.removeQueries({ queryKey: queryKeys.team(teamId) });
          }
          break;
        }
        case 'invitation.accepted':
        case 'invitation.declined': {
          const invitation = envelope.data;
          if (invitation?.team?.id) {
            void queryClient.invalidateQueries({ queryKey: queryKeys.teamInvitations(invitation.team.id) });
            void queryClient.invalidateQueries({ queryKey: queryKeys.teamDetail(invitation.team.id) });
          }
          show({ title: describeNotification(envelope), tone: envelope.type === 'invitation.accepted' ? 'success' : 'info' });
          break;
        }
        default:
          break;
      }
      refreshUnreadCount();
    });

    // Personal envelopes have no catch-up: after a reconnect, refresh what they would have changed.
    const offConnect = client.onConnect(({ reconnected }) => {
      if (!reconnected) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      void queryClient.invalidateQueries({ queryKey: queryKeys.teams, exact: true });
    });

    // An ERROR frame usually means the session ended: re-check it (a 401 sends us to sign-in).
    const offError = client.onError(() => void queryClient.invalidateQueries({ queryKey: queryKeys.me }));

    const onOnline = () => client.reconnectNow();
    const onOffline = () => client.networkLost();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);

    return () => {
      offTeam();
      offPersonal();
      offConnect();
      offError();
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      if (countTimer) clearTimeout(countTimer);
    };
  }, [client, me, queryClient, navigate, show]);
}
