import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { AppRoot } from './routes/app/root';
import { InvitationsRoute } from './routes/app/invitations';
import { TeamRoute } from './routes/app/team';
import { TeamsRoute } from './routes/app/teams';
import { LoginRoute } from './routes/auth/login';
import { RegisterRoute } from './routes/auth/register';
import { NotFoundRoute } from './routes/not-found';

export const routes = [
  { path: '/', element: <Navigate to={paths.teams} replace /> },
  { path: paths.login, element: <LoginRoute /> },
  { path: paths.register, element: <RegisterRoute /> },
  {
    element: <AppRoot />,
    children: [
      { path: paths.teams, element: <TeamsRoute /> },
      { path: '/teams/:teamId', element: <TeamRoute /> },
      { path: paths.invitations, element: <InvitationsRoute /> },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
