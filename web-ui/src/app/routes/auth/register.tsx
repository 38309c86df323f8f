import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { RegisterForm } from '@/features/auth/components/register-form';
import { AuthLayout } from './auth-layout';

export function RegisterRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Create your account" subtitle="Chat with your team and plan things together.">
      <RegisterForm onSuccess={() => navigate(paths.teams, { replace: true })} />
      <p className="auth-switch">
        Already have an account? <Link to={paths.login}>Sign in</Link>
      </p>
    </AuthLayout>
  );
}
