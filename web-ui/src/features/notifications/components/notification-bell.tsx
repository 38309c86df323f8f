import { useEffect, useId, useRef } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { formatMessageTime } from '@/lib/format';
import { usePopover } from '@/lib/use-popover';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkRead } from '../api/mark-read';
import { describeNotification } from '../lib/describe-notification';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function NotificationBell() {
  const { open, setOpen, rootRef, buttonRef } = usePopover();
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const { mutate: markReadUpTo } = markRead;
  const panelId = useId();
  const navigate = useNavigate();
  const count = unread.data ?? 0;

  // Opening the inbox reads it: mark everything it loads as read, also when the fresh list
  // arrives just after the panel was closed again.
  const newestUnread = list.data?.filter((n) => !n.read).reduce((max, n) => Math.max(max, n.id), 0) ?? 0;
  const markWhenLoaded = useRef(false);
  useEffect(() => {
    if (!markWhenLoaded.current) return;
    if (newestUnread > 0) markReadUpTo(newestUnread);
    if (!open && !list.isFetching) markWhenLoaded.current = false;
  }, [open, newestUnread, list.isFetching, markReadUpTo]);

  useEffect(() => {
    if (!open) return;
    markWhenLoaded.current = true;
    void list.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch on each opening only
  }, [open]);

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-btn bell-button"
        aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-bell"
      >
        <BellIcon />
        {count > 0 && (
          <span className="bell-count" data-testid="unread-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <div className="popover" id={panelId} role="region" aria-label="Notifications">
          <h2 className="popover-title">Notifications</h2>
          {list.isPending ? (
            <Spinner label="Loading notifications" />
          ) : list.isError ? (
            <Alert>{errorMessage(list.error)}</Alert>
          ) : list.data.length === 0 ? (
            <p className="muted small">You are all caught up.</p>
          ) : (
            <ul className="notification-list">
              {list.data.slice(0, 30).map((n) => (
                <li
                  key={n.id}
                  className={`notification${n.read ? '' : ' notification-unread'}${n.type === 'chat.mention' ? ' notification-mention' : ''}`}
                >
                  {n.type === 'chat.mention' && n.teamId != null ? (
                    <button
                      type="button"
                      className="notification-text link-btn notification-link"
                      onClick={() => {
                        setOpen(false);
                        navigate(paths.team(n.teamId as number));
                      }}
                    >
                      {describeNotification(n)}
                    </button>
                  ) : (
                    <p className="notification-text">{describeNotification(n)}</p>
                  )}
                  <time className="muted small" dateTime={n.occurredAt}>
                    {formatMessageTime(n.occurredAt)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
