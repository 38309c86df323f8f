import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { usePopover } from '@/lib/use-popover';
import type { Reaction, User } from '@/types/api';

/** The few emoji the picker offers; any single emoji is accepted by the server. */
export const QUICK_EMOJI = ['👍', '❤️', '😂', '🎉', '😮', '👀'] as const;

type Props = {
  reactions: Reaction[];
  me: User;
  /** Adds (`on`) or takes back the reader's reaction. */
  onToggle: (emoji: string, on: boolean) => Promise<unknown>;
};

const named = (u: User) => u.displayName || u.username;

/** "Alice and Bob reacted with 👍", naming the reader "You". */
export function reactedBy(reaction: Reaction, me: User): string {
  const names = reaction.users.map((u) => (u.id === me.id ? 'You' : named(u)));
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} reacted with ${reaction.emoji}`;
}

/**
 * A message's reactions as chips (emoji and count; pressed when the reader reacted so; the title
 * names who), a click toggling the reader's own, and a small picker to add another.
 */
export function ReactionBar({ reactions, me, onToggle }: Props) {
  const { open, setOpen, rootRef, buttonRef } = usePopover();
  const [error, setError] = useState<string | null>(null);

  const toggle = (emoji: string, on: boolean) => {
    setError(null);
    setOpen(false);
    onToggle(emoji, on).catch((cause: unknown) => setError(errorMessage(cause)));
  };
  const mine = (reaction: Reaction) => reaction.users.some((u) => u.id === me.id);

  return (
    <div className={`reactions${reactions.length === 0 ? ' reactions-empty' : ''}`} data-testid="reactions">
      {reactions.map((reaction) => (
        <button
          key={reaction.emoji}
          type="button"
          className={`reaction-chip${mine(reaction) ? ' reaction-mine' : ''}`}
          aria-pressed={mine(reaction)}
          aria-label={`${reaction.emoji} ${reaction.count}: ${reactedBy(reaction, me)}`}
          title={reactedBy(reaction, me)}
          data-testid="reaction"
          data-emoji={reaction.emoji}
          onClick={() => toggle(reaction.emoji, !mine(reaction))}
        >
          <span aria-hidden="true">{reaction.emoji}</span>
          <span className="reaction-count" aria-hidden="true">
            {reaction.count}
          </span>
        </button>
      ))}
      <div className="reaction-picker-root" ref={rootRef}>
        <button
          ref={buttonRef}
          type="button"
          className="reaction-add"
          aria-label="Add reaction"
          aria-expanded={open}
          title="Add reaction"
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">☺+</span>
        </button>
        {open && (
          <div className="reaction-picker" role="group" aria-label="Pick a reaction">
            {QUICK_EMOJI.map((emoji) => {
              const existing = reactions.find((r) => r.emoji === emoji);
              const on = !!existing && mine(existing);
              return (
                <button
                  key={emoji}
                  type="button"
                  className={`reaction-option${on ? ' reaction-mine' : ''}`}
                  aria-label={`React with ${emoji}`}
                  aria-pressed={on}
                  onClick={() => toggle(emoji, !on)}
                >
                  {emoji}
                </button>
              );
            })}
          </div>
        )}
      </div>
      {error && (
        <p className="message-state message-state-failed" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
