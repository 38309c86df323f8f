import { Client, ReconnectionTimeMode } from '@stomp/stompjs';
import { env } from '@/config/env';

/** The few things the realtime client needs from a STOMP connection (a fake stands in for tests). */
export interface StompTransport {
  activate(): void;
  deactivate(): Promise<void>;
  /** Drops the current socket (if any) and dials again at once, skipping the backoff wait. */
  reconnectNow(): void;
  /** Closes the socket at once (the network is known to be gone); the usual reconnect logic follows. */
  dropConnection(): void;
  subscribe(destination: string, onBody: (body: string) => void): { unsubscribe(): void };
  /** A STOMP SEND (only typing signals); dropped when not connected. */
  publish(destination: string, body: string): void;
}

export type TransportHandlers = {
  onConnect(): void;
  /** The socket closed or a connection attempt failed; the transport keeps retrying. */
  onDisconnect(): void;
  onError(message: string): void;
};

export type TransportFactory = (handlers: TransportHandlers) => StompTransport;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * STOMP 1.2 over a plain WebSocket to `/ws` on the page's origin. The session cookie goes with
 * the handshake, so CONNECT needs no Authorization header. Heartbeats both ways every 10 s;
 * reconnects with exponential backoff (0.5 s doubling to 30 s, plus up to 0.4 s of jitter so that a notifier
 * restart does not bring every browser back in the same millisecond).
 */
export const createStompTransport: TransportFactory = (handlers) => {
  const client = new Client({
    brokerURL: env.wsUrl(),
    heartbeatIncoming: env.heartbeatMs,
    heartbeatOutgoing: env.heartbeatMs,
    reconnectDelay: env.reconnectDelayMs,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    maxReconnectDelay: env.maxReconnectDelayMs,
    connectionTimeout: 8_000,
    discardWebsocketOnCommFailure: true,
    beforeConnect: async () => {
      await sleep(Math.floor(Math.random() * 400));
    },
    onConnect: () => handlers.onConnect(),
    onWebSocketClose: () => handlers.onDisconnect(),
    onStompError: (frame) => handlers.onError(frame.headers.message ?? 'The server refused the connection'),
    debug: () => {},
  });
  return {
    activate: () => client.activate(),
    deactivate: () => client.deactivate(),
    reconnectNow: () => {
      if (client.connected) return;
      void client.deactivate().then(() => client.activate());
    },
    dropConnection: () => {
      if (client.connected) client.forceDisconnect();
    },
    subscribe: (destination, onBody) => client.subscribe(destination, (message) => onBody(message.body)),
    publish: (destination, body) => {
      if (client.connected) client.publish({ destination, body });
    },
  };
};
