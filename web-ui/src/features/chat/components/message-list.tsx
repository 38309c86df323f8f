import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime, formatMessageTime } from '@/lib/format';
import type { Message, User } from '@/types/api';
import type { PendingMessage } from '../stores/pending-messages';
import { mentions } from '../lib/mentions';
import type { TimelineItem } from '../lib/timeline';
import { MessageContent } from './message-content';
import { ReactionBar } from './reaction-bar';

type Props = {
  items: TimelineItem[];
  me: User;
  teamName: string;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onRetry: (p: PendingMessage) => void;
  onDiscard: (p: PendingMessage) => void;
  /** An owner may delete anyone's message. */
  canDeleteAny: boolean;
  onEdit: (message: Message, body: string) => Promise<unknown>;
  onDelete: (message: Message) => Promise<unknown>;
  /** Adds (`on`) or takes back the reader's reaction to a message. */
  onReact?: (message: Message, emoji: string, on: boolean) => Promise<unknown>;
  /** The item the "New messages" divider goes before (the first unread one when the team was opened). */
  unreadFromKey?: string | null;
  /** Called whenever the reader sees the latest message: scrolled to the bottom of a visible page. */
  onSeeLatest?: () => void;
};

const NEAR_BOTTOM_PX = 120;
const LOAD_OLDER_PX = 80;
const GROUP_GAP_MS = 5 * 60_000;

const nobody: User = { id: -1, username: '', displayName: '' };

const itemInfo = (item: TimelineItem) =>
  item.kind === 'message'
    ? {
        author: item.message.author,
        createdAt: item.message.createdAt,
        body: item.message.deleted ? 'message deleted' : (item.message.body ?? ''),
      }
    : item.kind === 'note'
      ? { author: item.note.actor ?? nobody, createdAt: item.note.occurredAt, body: '' }
      : { author: item.pending.author, createdAt: item.pending.createdAt, body: item.pending.body };

const dayLabel = (iso: string) => {
  const d = new Date(iso);
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (d.toDateString() === today.toDateString()) return 'Today';
  if (d.toDateString() === yesterday.toDateString()) return 'Yesterday';
  return d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
};

export function MessageList({
  items,
  me,
  teamName,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onRetry,
  onDiscard,
  canDeleteAny,
  onEdit,
  onDelete,
  onReact,
  unreadFromKey = null,
  onSeeLatest,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const previous = useRef<{ first: string | null; last: string | null; height: number }>({
    first: null,
    last: null,
    height: 0,
  });
  const listRef = useRef<HTMLOListElement>(null);
  const [unseen, setUnseen] = useState(0);

  const firstKey = items[0]?.key ?? null;
  const lastItem = items[items.length - 1];
  const lastKey = lastItem?.key ?? null;
  const lastIsOwn = lastItem ? itemInfo(lastItem).author.id === me.id : false;

  // Keep the view where the reader expects it: at the bottom on open and for new messages the
  // reader is following, and still when older history is inserted above.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const prev = previous.current;
    if (prev.first === null || prev.last === null) {
      el.scrollTop = el.scrollHeight;
      // Open at the first unread message when it would be out of sight at the bottom.
      const divider = el.querySelector('[data-testid="unread-divider"]');
      const above = divider ? divider.getBoundingClientRect().top - el.getBoundingClientRect().top - 8 : 0;
      if (above < 0) el.scrollTop += above;
    } else if (firstKey !== prev.first && lastKey === prev.last) {
      el.scrollTop += el.scrollHeight - prev.height;
    } else if (lastKey !== prev.last) {
      if (nearBottom.current || lastIsOwn) {
        el.scrollTop = el.scrollHeight;
      } else {
        setUnseen((n) => n + 1);
      }
    }
    previous.current = { first: firstKey, last: lastKey, height: el.scrollHeight };
    nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
  }, [firstKey, lastKey, lastIsOwn, items.length]);

  // Messages change height after they are laid out (fonts, wrapping once the panel has its width),
  // so the height that older history is measured against is the one seen last, not the one of the
  // last render.
  useEffect(() => {
    const el = scrollRef.current;
    const list = listRef.current;
    if (!el || !list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      previous.current.height = el.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // Reported after every render (new messages, a late callback) and when the page becomes visible;
  // the receiver ignores what it already knows.
  const seeLatest = useRef(onSeeLatest);
  useEffect(() => {
    seeLatest.current = onSeeLatest;
    if (nearBottom.current && document.visibilityState === 'visible') onSeeLatest?.();
  });
  useEffect(() => {
    const onVisible = () => {
      if (nearBottom.current && document.visibilityState === 'visible') seeLatest.current?.();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    if (nearBottom.current) {
      setUnseen(0);
      if (document.visibilityState === 'visible') seeLatest.current?.();
    }
    if (el.scrollTop < LOAD_OLDER_PX && hasOlder && !loadingOlder) onLoadOlder();
  }, [hasOlder, loadingOlder, onLoadOlder]);

  const jumpToLatest = () => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
    setUnseen(0);
  };

  return (
    <div className="message-scroller-wrap">
      <div
        ref={scrollRef}
        className="message-scroller"
        onScroll={onScroll}
        role="log"
        aria-label={`Messages in ${teamName}`}
        aria-live="polite"
        aria-relevant="additions"
        tabIndex={0}
        data-testid="message-log"
      >
        <div className="history-edge">
          {hasOlder ? (
            <Button variant="ghost" size="sm" onClick={onLoadOlder} isLoading={loadingOlder}>
              Load older messages
            </Button>
          ) : (
            <p className="muted small">This is the beginning of {teamName}.</p>
          )}
        </div>
        {items.length === 0 && <p className="muted center">No messages yet. Say hello!</p>}
        <ol className="message-list" ref={listRef}>
          {items.map((item, index) => {
            const info = itemInfo(item);
            const prev = index > 0 ? itemInfo(items[index - 1]) : null;
            const newDay = !prev || new Date(prev.createdAt).toDateString() !== new Date(info.createdAt).toDateString();
            const newDivider = newDay && (
              <div className="day-divider" role="separator" aria-label={dayLabel(info.createdAt)}>
                <span>{dayLabel(info.createdAt)}</span>
              </div>
            );
            if (item.kind === 'note') {
              return (
                <li key={item.key} className="message-item">
                  {newDivider}
                  <div className="timeline-note">
                    {item.note.content}
                    <time className="message-time" dateTime={info.createdAt} title={formatDateTime(info.createdAt)}>
                      {formatMessageTime(info.createdAt)}
                    </time>
                  </div>
                </li>
              );
            }
            const grouped =
              !newDay &&
              items[index - 1].kind !== 'note' &&
              prev?.author.id === info.author.id &&
              new Date(info.createdAt).getTime() - new Date(prev.createdAt).getTime() < GROUP_GAP_MS;
            const pending = item.kind === 'pending' ? item.pending : null;
            const sent = item.kind === 'message' && !item.message.deleted ? item.message : null;
            const mentionsMe = !!sent && sent.author.id !== me.id && mentions(sent.body, me.username);
            return (
              <li key={item.key} className="message-item">
                {newDivider}
                {item.key === unreadFromKey && (
                  <div className="unread-divider" role="separator" aria-label="New messages" data-testid="unread-divider">
                    <span>New messages</span>
                  </div>
                )}
                <article
                  className={`message${grouped ? ' message-grouped' : ''}${info.author.id === me.id ? ' message-own' : ''}${pending ? ` message-${pending.status}` : ''}${mentionsMe ? ' message-mentions-me' : ''}`}
                  data-testid="message"
                  data-status={pending ? pending.status : 'sent'}
                  aria-label={`${info.author.displayName || info.author.username}: ${info.body}`}
                >
                  {grouped ? (
                    <span className="message-gutter" aria-hidden="true" />
                  ) : (
                    <Avatar name={info.author.displayName || info.author.username} seed={info.author.id} />
                  )}
                  <div className="message-main">
                    {!grouped && (
                      <header className="message-header">
                        <span className="message-author">{info.author.displayName || info.author.username}</span>
                        <time className="message-time" dateTime={info.createdAt} title={formatDateTime(info.createdAt)}>
                          {formatMessageTime(info.createdAt)}
                        </time>
                      </header>
                    )}
                    {item.kind === 'message' ? (
                      <MessageContent
                        message={item.message}
                        canEdit={item.message.author.id === me.id}
                        canDelete={canDeleteAny || item.message.author.id === me.id}
                        onEdit={onEdit}
                        onDelete={onDelete}
                        myUsername={me.username}
                      />
                    ) : (
                      <p className="message-body">{info.body}</p>
                    )}
                    {sent && onReact && (
                      <ReactionBar
                        reactions={sent.reactions ?? []}
                        me={me}
                        onToggle={(emoji, on) => onReact(sent, emoji, on)}
                      />
                    )}
                    {pending?.status === 'sending' && <p className="message-state">Sending…</p>}
                    {pending?.status === 'failed' && (
                      <p className="message-state message-state-failed" role="alert">
                        Not sent{pending.error ? ` — ${pending.error.replace(/\.$/, '')}` : ''}.{' '}
                        <button type="button" className="link-btn" onClick={() => onRetry(pending)}>
                          Retry
                        </button>{' '}
                        <button type="button" className="link-btn" onClick={() => onDiscard(pending)}>
                          Discard
                        </button>
                      </p>
                    )}
                  </div>
                </article>
              </li>
            );
          })}
        </ol>
        {loadingOlder && <Spinner size="sm" label="Loading older messages" />}
      </div>
      {unseen > 0 && (
        <button type="button" className="jump-latest" onClick={jumpToLatest}>
          {unseen === 1 ? '1 new message' : `${unseen} new messages`} ↓
        </button>
      )}
    </div>
  );
}
