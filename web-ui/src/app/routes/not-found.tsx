import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <main className="center-page">
      <div className="card stack">
        <h1 className="heading">Page not found</h1>
        <p className="muted">There is nothing at this address.</p>
        <Link className="btn btn-primary btn-md" to={paths.teams}>
          Go to your teams
        </Link>
      </div>
    </main>
  );
}
