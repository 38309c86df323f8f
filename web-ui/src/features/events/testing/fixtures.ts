import type { TeamEvent, User } from '@/types/api';

export const alice: User = { id: 1, username: 'alice', displayName: 'Alice' };
export const bob: User = { id: 2, username: 'bob', displayName: 'Bob' };

/** An event as the server answers, in a week unless said otherwise. */
export function anEvent(overrides: Partial<TeamEvent> = {}): TeamEvent {
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  return {
    id: 7,
    teamId: 3,
    seq: 12,
    title: 'Training',
    startsAt,
    endsAt: null,
    timeZone: 'UTC',
    location: 'Hall B',
    description: null,
    createdBy: alice,
    createdAt: new Date().toISOString(),
    updatedAt: null,
    cancelledAt: null,
    counts: { going: 0, maybe: 0, declined: 0 },
    responses: [],
    myResponse: null,
    ...overrides,
  };
}
