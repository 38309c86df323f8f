import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function renderWithProviders(ui: ReactElement, { queryClient = createTestQueryClient(), route = '/' } = {}) {
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

type Reply = { status?: number; body?: unknown; contentType?: string; headers?: Record<string, string> };
type Handler = (req: { method: string; url: URL; body: unknown }) => Reply | Promise<Reply>;

/** Replaces fetch with a tiny router: `mockApi({ 'POST /api/auth/login': () => ({ status: 401, body }) })`. */
export function mockApi(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path: url.pathname + url.search, body });
    const handler = routes[`${method} ${url.pathname}`];
    const reply = handler ? await handler({ method, url, body }) : { status: 404, body: { status: 404, detail: 'no mock' } };
    const status = reply.status ?? 200;
    const contentType = reply.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'content-type': contentType, ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
