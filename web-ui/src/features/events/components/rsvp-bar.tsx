import type { RsvpResponse, TeamEvent } from '@/types/api';

export const RSVP_CHOICES: { response: RsvpResponse; label: string; count: keyof TeamEvent['counts'] }[] = [
  { response: 'GOING', label: 'Going', count: 'going' },
  { response: 'MAYBE', label: 'Maybe', count: 'maybe' },
  { response: 'DECLINED', label: 'Can’t go', count: 'declined' },
];

const nameOf = (u: { displayName?: string; username: string }) => u.displayName || u.username;

type Props = {
  event: TeamEvent;
  mine: RsvpResponse | null;
  /** Null when answering is not possible (a past event): counts and names only. */
  onAnswer: ((response: RsvpResponse) => void) | null;
  busy: boolean;
};

/** The three answers with their counts, the viewer's own one pressed, and who answered what. */
export function RsvpBar({ event, mine, onAnswer, busy }: Props) {
  const counts = event.counts ?? { going: 0, maybe: 0, declined: 0 };
  const responses = event.responses ?? [];
  return (
    <div className="rsvp">
      <div className="rsvp-buttons" role="group" aria-label={`Your answer to ${event.title}`}>
        {RSVP_CHOICES.map((choice) => {
          const selected = mine === choice.response;
          const count = counts[choice.count];
          return (
            <button
              key={choice.response}
              type="button"
              className={`rsvp-btn rsvp-${choice.count}${selected ? ' rsvp-selected' : ''}`}
              aria-pressed={selected}
              aria-label={`${choice.label}, ${count}`}
              disabled={!onAnswer || busy}
              onClick={() => !selected && onAnswer?.(choice.response)}
              data-testid={`rsvp-${choice.count}`}
            >
              <span>{choice.label}</span>
              <span className="rsvp-count" data-testid={`rsvp-count-${choice.count}`}>
                {count}
              </span>
            </button>
          );
        })}
      </div>
      {responses.length > 0 && (
        <dl className="rsvp-who">
          {RSVP_CHOICES.map((choice) => {
            const names = responses.filter((r) => r.response === choice.response).map((r) => nameOf(r.user));
            return names.length === 0 ? null : (
              <div key={choice.response} className="rsvp-who-row">
                <dt>{choice.label}:</dt>
                <dd>{names.join(', ')}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
