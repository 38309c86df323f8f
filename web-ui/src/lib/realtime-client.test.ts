import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamEnvelope } from '@/types/api';
import { RealtimeClient, personalQueue, presenceTopic, teamTopic, typingDestination } from './realtime-client';
import type { StompTransport, TransportHandlers } from './stomp-transport';

/** A STOMP connection we drive by hand: connect, drop, deliver frames. */
class FakeTransport implements StompTransport {
  handlers: TransportHandlers;
  subscriptions = new Map<string, (body: string) => void>();
  subscribeCalls: string[] = [];
  active = false;
  constructor(handlers: TransportHandlers) {
    this.handlers = handlers;
  }
  activate() {
    this.active = true;
  }
  async deactivate() {
    this.active = false;
  }
  reconnectNow() {}
  dropped = 0;
  dropConnection() {
    this.dropped += 1;
    this.drop();
  }
  subscribe(destination: string, onBody: (body: string) => void) {
    this.subscribeCalls.push(destination);
    this.subscriptions.set(destination, onBody);
    return { unsubscribe: () => this.subscriptions.delete(destination) };
  }
  published: { destination: string; body: string }[] = [];
  publish(destination: string, body: string) {
    this.published.push({ destination, body });
  }
  connect() {
    this.handlers.onConnect();
  }
  drop() {
    this.subscriptions.clear();
    this.handlers.onDisconnect();
  }
  deliver(destination: string, payload: unknown) {
    this.subscriptions.get(destination)?.(JSON.stringify(payload));
  }
}

/** An envelope whose data only the sequencing looks at (so it is not a whole resource). */
const envelope = (teamId: number, seq: number, type: TeamEnvelope['type'] = 'chat.message.created') =>
  ({
    id: `t${teamId}-${seq}`,
    type,
    teamId,
    seq,
    occurredAt: new Date(2025, 0, 1, 12, 0, seq).toISOString(),
    data: { seq },
  }) as unknown as TeamEnvelope;

/** The server's activity log for team 7, and a fetchActivity that answers from it. */
function activityServer() {
  const log: TeamEnvelope[] = [];
  const fetchActivity = vi.fn(async (teamId: number, after: number, limit: number) =>
    log.filter((e) => e.teamId === teamId && e.seq > after).slice(0, limit),
  );
  const append = (seq: number) => {
    const e = envelope(7, seq);
    log.push(e);
    return e;
  };
  return { log, fetchActivity, append };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('RealtimeClient', () => {
  let transport: FakeTransport;
  let server: ReturnType<typeof activityServer>;
  let client: RealtimeClient;
  let applied: Array<[number, string]>;

  beforeEach(() => {
    vi.useFakeTimers();
    server = activityServer();
    client = new RealtimeClient({
      fetchActivity: server.fetchActivity,
      createTransport: (handlers) => (transport = new FakeTransport(handlers)),
      gapTimeoutMs: 1000,
      settleDelayMs: 2000,
      pageSize: 3,
      isBrowserOnline: () => true,
    });
    applied = [];
    client.onTeamEnvelope((e, source) => applied.push([e.seq, source]));
    client.start();
  });

  afterEach(async () => {
    await client.stop();
    vi.useRealTimers();
  });

  it('reports connecting, live, reconnecting and offline', () => {
    const statuses: string[] = [];
    client.onStatusChange((s) => statuses.push(s));
    expect(client.status).toBe('connecting');
    transport.connect();
    transport.drop();
    transport.drop();
    transport.drop();
    transport.connect();
    expect(statuses).toEqual(['live', 'reconnecting', 'offline', 'live']);
  });

  it('subscribes to the personal queue and the joined team, then catches up from the baseline', async () => {
    server.append(1);
    server.append(2);
    server.append(3);
    client.joinTeam(7, 1);
    transport.connect();
    expect(transport.subscribeCalls).toEqual([personalQueue, teamTopic(7)]);
    await flush();
    expect(server.fetchActivity).toHaveBeenCalledWith(7, 1, 3);
    expect(applied).toEqual([
      [2, 'initial'],
      [3, 'initial'],
    ]);
  });

  it('subscribes before it fetches activity', async () => {
    transport.connect();
    server.fetchActivity.mockImplementationOnce(async () => {
      expect(transport.subscriptions.has(teamTopic(7))).toBe(true);
      return [];
    });
    client.joinTeam(7, 0);
    await flush();
    expect(server.fetchActivity).toHaveBeenCalledTimes(1);
  });

  it('applies live envelopes once, in order, and drops duplicates', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    transport.deliver(teamTopic(7), envelope(7, 1));
    transport.deliver(teamTopic(7), envelope(7, 1));
    transport.deliver(teamTopic(7), envelope(7, 3));
    transport.deliver(teamTopic(7), envelope(7, 2));
    expect(applied).toEqual([
      [1, 'live'],
      [2, 'live'],
      [3, 'live'],
    ]);
  });

  it('merges envelopes that arrive live while the first catch-up is in flight', async () => {
    for (let s = 1; s <= 4; s++) server.append(s);
    let release!: () => void;
    server.fetchActivity.mockImplementationOnce(
      (_teamId, after, limit) =>
        new Promise((resolve) => {
          release = () => resolve(server.log.filter((e) => e.seq > after).slice(0, limit));
        }),
    );
    transport.connect();
    client.joinTeam(7, 0);
    transport.deliver(teamTopic(7), envelope(7, 5));
    transport.deliver(teamTopic(7), envelope(7, 4));
    expect(applied).toEqual([]);
    release();
    await flush();
    expect(applied.map(([s]) => s)).toEqual([1, 2, 3, 4, 5]);
    expect(applied.find(([s]) => s === 5)?.[1]).toBe('live');
  });

  it('fetches activity when a gap persists and fills it', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    server.fetchActivity.mockClear();
    server.append(1);
    server.append(2);
    transport.deliver(teamTopic(7), server.append(3));
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(999);
    expect(server.fetchActivity).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.fetchActivity).toHaveBeenCalledWith(7, 0, 3);
    expect(applied).toEqual([
      [1, 'catch-up'],
      [2, 'catch-up'],
      [3, 'live'],
    ]);
  });

  it('does not fetch when the gap closes by itself', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    server.fetchActivity.mockClear();
    transport.deliver(teamTopic(7), envelope(7, 2));
    transport.deliver(teamTopic(7), envelope(7, 1));
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.fetchActivity).not.toHaveBeenCalled();
    expect(applied.map(([s]) => s)).toEqual([1, 2]);
  });

  it('resubscribes and catches up after a reconnect, paging through what was missed', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    transport.deliver(teamTopic(7), server.append(1));
    transport.drop();
    for (let s = 2; s <= 8; s++) server.append(s);
    server.fetchActivity.mockClear();
    transport.subscribeCalls = [];

    transport.connect();
    expect(transport.subscribeCalls).toEqual([personalQueue, teamTopic(7)]);
    transport.deliver(teamTopic(7), server.append(9));
    await flush();

    expect(server.fetchActivity.mock.calls.map((c) => c[1])).toEqual([1, 4, 7]);
    expect(applied.map(([s]) => s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(applied.slice(1, 8).every(([, source]) => source === 'catch-up')).toBe(true);
    expect(client.lastSeq(7)).toBe(9);
  });

  it('keeps held envelopes and retries when the catch-up request fails', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    server.append(1);
    transport.deliver(teamTopic(7), server.append(2));
    server.fetchActivity.mockRejectedValueOnce(new Error('503'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied.map(([s]) => s)).toEqual([1, 2]);
  });

  it('skips a hole the server never fills after several rounds', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    server.log.push(envelope(7, 1), envelope(7, 3));
    transport.deliver(teamTopic(7), envelope(7, 3));
    await vi.advanceTimersByTimeAsync(5000);
    expect(applied.map(([s]) => s)).toEqual([1, 3]);
  });

  it('runs a settling catch-up shortly after subscribing', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    server.append(1); // committed while the subscription was becoming effective, never seen live
    await vi.advanceTimersByTimeAsync(2000);
    expect(applied).toEqual([[1, 'catch-up']]);
  });

  it('stops delivering a team after leaveTeam', async () => {
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    const deliver = transport.subscriptions.get(teamTopic(7));
    client.leaveTeam(7);
    deliver?.(JSON.stringify(envelope(7, 1)));
    expect(applied).toEqual([]);
    expect(client.isFollowing(7)).toBe(false);
  });

  it('hands personal envelopes to listeners and ignores malformed frames', () => {
    const personal: string[] = [];
    client.onPersonalEnvelope((e) => personal.push(e.type));
    transport.connect();
    transport.subscriptions.get(personalQueue)?.('not json');
    transport.deliver(personalQueue, { id: 'p1', type: 'invitation.received', teamId: 7, seq: null, data: {} });
    expect(personal).toEqual(['invitation.received']);
  });

  it('drops the socket when the browser reports the network gone, then catches up on return', async () => {
    let online = true;
    await client.stop();
    client = new RealtimeClient({
      fetchActivity: server.fetchActivity,
      createTransport: (handlers) => (transport = new FakeTransport(handlers)),
      pageSize: 3,
      isBrowserOnline: () => online,
    });
    client.onTeamEnvelope((e, source) => applied.push([e.seq, source]));
    client.start();
    transport.connect();
    client.joinTeam(7, 0);
    await flush();
    online = false;
    client.networkLost();
    expect(transport.dropped).toBe(1);
    expect(client.status).toBe('offline');
    server.append(1);
    online = true;
    transport.connect();
    await flush();
    expect(client.status).toBe('live');
    expect(applied).toEqual([[1, 'catch-up']]);
  });

  it('tells connect listeners whether it is a reconnect', () => {
    const seen: boolean[] = [];
    client.onConnect(({ reconnected }) => seen.push(reconnected));
    transport.connect();
    transport.drop();
    transport.connect();
    expect(seen).toEqual([false, true]);
  });
  it('hands presence frames to watchers apart from the seq stream, and resubscribes after a reconnect', async () => {
    client.joinTeam(7, 0);
    transport.connect();
    const frames: string[] = [];
    const unwatch = client.watchPresence(7, (frame) => frames.push(frame.type));
    expect(transport.subscribeCalls).toEqual([personalQueue, teamTopic(7), presenceTopic(7)]);
    await flush();

    transport.deliver(presenceTopic(7), { type: 'presence', teamId: 7, online: [1, 2] });
    transport.deliver(presenceTopic(7), { type: 'typing', teamId: 7, userId: 2, typing: true });
    transport.drop();
    transport.connect();
    transport.deliver(presenceTopic(7), { type: 'presence', teamId: 7, online: [1] });

    expect(frames).toEqual(['presence', 'typing', 'presence']);
    expect(applied).toEqual([]);
    expect(transport.subscribeCalls.filter((d) => d === presenceTopic(7))).toHaveLength(2);
    unwatch();
    expect(transport.subscriptions.has(presenceTopic(7))).toBe(false);
  });

  it('sends typing signals only while connected', () => {
    client.sendTyping(7, true);
    transport.connect();
    client.sendTyping(7, true);
    client.sendTyping(7, false);
    expect(transport.published).toEqual([
      { destination: typingDestination(7), body: '{"typing":true}' },
      { destination: typingDestination(7), body: '{"typing":false}' },
    ]);
  });
});
