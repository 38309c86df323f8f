// Query keys shared across features, so one feature can refresh another's data without importing it.
export const queryKeys = {
  me: ['me'] as const,
  teams: ['teams'] as const,
  /** Prefix of everything cached for one team. */
  team: (teamId: number) => ['team', teamId] as const,
  teamDetail: (teamId: number) => ['team', teamId, 'detail'] as const,
  teamInvitations: (teamId: number) => ['team', teamId, 'invitations'] as const,
  messages: (teamId: number) => ['team', teamId, 'messages'] as const,
  /** Prefix of every cached list of a team's events. */
  events: (teamId: number) => ['team', teamId, 'events'] as const,
  eventList: (teamId: number, when: 'upcoming' | 'past') => ['team', teamId, 'events', when] as const,
  /** The team's event activity (created, updated, cancelled) shown as cards in its chat. */
  eventCards: (teamId: number) => ['team', teamId, 'event-cards'] as const,
  reminders: ['me', 'reminders'] as const,
  calendarFeed: ['me', 'calendar-feed'] as const,
  myInvitations: ['invitations'] as const,
  notifications: ['notifications'] as const,
  notificationList: ['notifications', 'list'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
};
