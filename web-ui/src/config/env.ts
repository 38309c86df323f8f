// Runtime configuration. The app is served from the same origin as /api and /ws (gateway or dev proxy).

const apiBase = (import.meta.env.VITE_HUDDLE_API_BASE as string | undefined) ?? '/api';

export const env = {
  apiBase,
  /** STOMP endpoint: same host as the page, ws:// or wss:// to match http:// or https://. */
  wsUrl: (): string => `${window.location.origin.replace(/^http/, 'ws')}/ws`,
  heartbeatMs: 10_000,
  reconnectDelayMs: 500,
  maxReconnectDelayMs: 30_000,
} as const;
