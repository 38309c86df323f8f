import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { ToastProvider } from '@/components/ui/toast';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());

  useEffect(() => {
    // A 401 from any call but the auth ones means the session ended elsewhere (logout, expiry).
    setUnauthorizedHandler((path) => {
      if (path.startsWith('/auth/') || path === '/me') return;
      client.setQueryData(queryKeys.me, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [client]);

  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>
        <ToastProvider>{children}</ToastProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
