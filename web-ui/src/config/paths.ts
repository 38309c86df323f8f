export const paths = {
  login: '/login',
  register: '/register',
  teams: '/teams',
  team: (teamId: number | string) => `/teams/${teamId}`,
  invitations: '/invitations',
} as const;
