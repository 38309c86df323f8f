import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConnectionIndicator } from '@/components/ui/connection-indicator';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { abandonQueuedMessages } from '@/features/chat/api/post-message';
import { pendingMessages } from '@/features/chat/stores/pending-messages';
import { abandonReadMarkers } from '@/features/teams/api/mark-team-read';
import { useInvitations } from '@/features/invitations/api/get-invitations';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { errorMessage } from '@/lib/api-client';
import { useConnectionStatus, useRealtime } from '@/lib/realtime-context';
import type { User } from '@/types/api';
import { AccountMenu } from '../../account-menu';
import { RealtimeSession } from '../../realtime-session';

/** The signed-in part of the app: checks the session, opens the realtime connection, draws the shell. */
export function AppRoot() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <main className="center-page">
        <Spinner size="lg" label="Loading Huddle" />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="center-page">
        <div className="card stack">
          <Alert>{errorMessage(me.error)}</Alert>
          <Button onClick={() => void me.refetch()}>Try again</Button>
        </div>
      </main>
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <RealtimeSession me={me.data}>
      <Shell me={me.data} />
    </RealtimeSession>
  );
}

function Shell({ me }: { me: User }) {
  const status = useConnectionStatus();
  const invitations = useInvitations();
  const logout = useLogout();
  const navigate = useNavigate();
  const realtime = useRealtime();
  const invitationCount = invitations.data?.length ?? 0;

  const signOut = () => {
    // Close the socket first so the server's logout does not look like a dropped connection.
    void realtime?.stop();
    logout.mutate(undefined, {
      onSettled: () => {
        abandonQueuedMessages();
        abandonReadMarkers();
        pendingMessages.clear();
        navigate(paths.login, { replace: true });
      },
    });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={paths.teams} className="brand" aria-label="Huddle, your teams">
          <span className="brand-mark" aria-hidden="true">
            H
          </span>
          <span className="brand-name">Huddle</span>
        </Link>
        <nav className="topnav" aria-label="Main">
          <NavLink to={paths.teams} end={false} className="topnav-link">
            Teams
          </NavLink>
          <NavLink to={paths.invitations} className="topnav-link">
            Invitations
            {invitationCount > 0 && (
              <span className="nav-count" data-testid="invitation-count">
                <span className="visually-hidden">(</span>
                {invitationCount}
                <span className="visually-hidden"> pending)</span>
              </span>
            )}
          </NavLink>
        </nav>
        <div className="topbar-end">
          <ConnectionIndicator status={status} />
          <NotificationBell />
          <AccountMenu me={me} />
          <Button variant="ghost" size="sm" onClick={signOut} isLoading={logout.isPending}>
            Sign out
          </Button>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
