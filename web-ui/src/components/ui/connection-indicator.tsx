import type { ConnectionStatus } from '@/lib/realtime-client';

const labels: Record<ConnectionStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const titles: Record<ConnectionStatus, string> = {
  live: 'Connected: updates arrive in real time',
  connecting: 'Connecting to live updates',
  reconnecting: 'Connection lost: reconnecting, missed updates will be caught up',
  offline: 'Offline: retrying in the background, missed updates will be caught up',
};

export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  return (
    <span
      className={`connection connection-${status}`}
      role="status"
      aria-live="polite"
      title={titles[status]}
      data-testid="connection-status"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{labels[status]}</span>
    </span>
  );
}
