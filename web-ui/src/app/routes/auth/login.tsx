import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { AuthLayout, safeNext } from './auth-layout';

export function LoginRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <AuthLayout title="Sign in" subtitle="Welcome back. Your team is waiting.">
      <LoginForm onSuccess={() => navigate(safeNext(params.get('next')), { replace: true })} />
      <p className="auth-switch">
        New to Huddle? <Link to={paths.register}>Create an account</Link>
      </p>
    </AuthLayout>
  );
}
