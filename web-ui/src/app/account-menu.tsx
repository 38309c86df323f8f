import { useId } from 'react';
import { CalendarSettings } from '@/features/events/components/calendar-settings';
import { usePopover } from '@/lib/use-popover';
import type { User } from '@/types/api';

/** The signed-in person's name in the top bar; opens their settings (reminders, calendar feed). */
export function AccountMenu({ me }: { me: User }) {
  const { open, setOpen, rootRef, buttonRef } = usePopover();
  const panelId = useId();

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-button"
        title={`@${me.username}: reminders and calendar`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${me.displayName || me.username}: reminders and calendar`}
        onClick={() => setOpen((o) => !o)}
        data-testid="account-menu"
      >
        <span className="whoami">{me.displayName || me.username}</span>
      </button>
      {open && (
        <div className="popover popover-wide" id={panelId} role="region" aria-label="Reminders and calendar">
          <h2 className="popover-title">Reminders and calendar</h2>
          <CalendarSettings />
        </div>
      )}
    </div>
  );
}
