import type { Envelope, PersonalEnvelope, PresenceFrame, TeamEnvelope, TypingFrame } from '@/types/api';
import { createStompTransport, type StompTransport, type TransportFactory } from './stomp-transport';
import { TeamSequencer, type EnvelopeSource } from './team-sequencer';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export type TeamEnvelopeListener = (envelope: TeamEnvelope, source: EnvelopeSource) => void;
export type PersonalEnvelopeListener = (envelope: PersonalEnvelope) => void;

export type FetchActivity = (teamId: number, after: number, limit: number) => Promise<TeamEnvelope[]>;

export type RealtimeOptions = {
  fetchActivity: FetchActivity;
  createTransport?: TransportFactory;
  /** How long an out-of-order envelope may wait for the missing ones before we fetch activity. */
  gapTimeoutMs?: number;
  /** A second catch-up this long after (re)subscribing covers a subscription that became effective late. */
  settleDelayMs?: number;
  /** Activity page size (the API allows up to 500). */
  pageSize?: number;
  /** Catch-up rounds that may fail to fill a gap before the sequencer skips the hole. */
  maxGapRounds?: number;
  /** Failed connection attempts in a row after which the indicator says offline rather than reconnecting. */
  offlineAfterFailures?: number;
  isBrowserOnline?: () => boolean;
};

type TeamChannel = {
  teamId: number;
  sequencer: TeamSequencer<TeamEnvelope>;
  subscription: { unsubscribe(): void } | null;
  catchUpRunning: boolean;
  catchUpAgain: boolean;
  nextSource: EnvelopeSource;
  gapTimer: ReturnType<typeof setTimeout> | null;
  settleTimer: ReturnType<typeof setTimeout> | null;
  gapRounds: number;
  closed: boolean;
};

export const teamTopic = (teamId: number) => `/topic/teams.${teamId}`;
export const personalQueue = '/user/queue/notifications';
export const presenceTopic = (teamId: number) => `/topic/teams.${teamId}.presence`;
export const typingDestination = (teamId: number) => `/app/teams.${teamId}.typing`;

export type PresenceListener = (frame: PresenceFrame | TypingFrame) => void;

type PresenceWatch = { listeners: Set<PresenceListener>; subscription: { unsubscribe(): void } | null };

const parse = (body: string): Envelope | null => {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && 'type' in value ? (value as Envelope) : null;
  } catch {
    return null;
  }
};

/**
 * The one real-time connection of the app. Keeps one STOMP connection, one subscription per
 * joined team plus the personal queue, and per team a sequencer so that every team envelope is
 * handed to listeners exactly once and in seq order, across gaps, duplicates and reconnects.
 *
 * Catch-up protocol, per team: subscribe first; then fetch `activity?after=<lastSeq>` page by
 * page and merge it with whatever arrives live (live envelopes beyond a gap are held back); fetch
 * again when a gap outlives `gapTimeoutMs`; on every reconnect resubscribe and catch up again.
 */
export class RealtimeClient {
  private readonly options: Required<Omit<RealtimeOptions, 'createTransport'>> & {
    createTransport: TransportFactory;
  };
  private transport: StompTransport | null = null;
  private readonly channels = new Map<number, TeamChannel>();
  private readonly presence = new Map<number, PresenceWatch>();
  private connected = false;
  private everConnected = false;
  private failures = 0;
  private currentStatus: ConnectionStatus = 'offline';

  private readonly teamListeners = new Set<TeamEnvelopeListener>();
  private readonly personalListeners = new Set<PersonalEnvelopeListener>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly connectListeners = new Set<(info: { reconnected: boolean }) => void>();
  private readonly errorListeners = new Set<(message: string) => void>();

  constructor(options: RealtimeOptions) {
    this.options = {
      createTransport: createStompTransport,
      gapTimeoutMs: 1_500,
      settleDelayMs: 2_500,
      pageSize: 500,
      maxGapRounds: 3,
      offlineAfterFailures: 3,
      isBrowserOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
      ...options,
    };
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  start(): void {
    if (this.transport) return;
    this.setStatus('connecting');
    this.transport = this.options.createTransport({
      onConnect: () => this.handleConnect(),
      onDisconnect: () => this.handleDisconnect(),
      onError: (message) => this.errorListeners.forEach((l) => safely(() => l(message))),
    });
    this.transport.activate();
  }

  async stop(): Promise<void> {
    const transport = this.transport;
    this.transport = null;
    // Closing the socket ends every subscription; no UNSUBSCRIBE frames into a socket that may be closing.
    this.connected = false;
    for (const channel of this.channels.values()) this.closeChannel(channel);
    this.channels.clear();
    this.presence.clear();
    this.setStatus('offline');
    if (transport) await transport.deactivate();
  }

  /** Dial again now (e.g. the browser just came back online) instead of waiting out the backoff. */
  reconnectNow(): void {
    if (!this.connected) this.transport?.reconnectNow();
  }

  /**
   * The browser says the network is gone: drop the socket now instead of waiting for missed
   * heartbeats, so that the indicator is honest and the return of the network starts a clean
   * reconnect with catch-up.
   */
  networkLost(): void {
    if (!this.transport) return;
    if (this.connected) this.transport.dropConnection();
    else this.setStatus('offline');
  }

  /**
   * Starts following a team from `baselineSeq` (the highest seq the UI already shows, 0 for none).
   * Joining a team already followed changes nothing: its sequencer is ahead of any baseline.
   */
  joinTeam(teamId: number, baselineSeq: number): void {
    if (this.channels.has(teamId)) return;
    const channel: TeamChannel = {
      teamId,
      sequencer: new TeamSequencer<TeamEnvelope>(baselineSeq),
      subscription: null,
      catchUpRunning: false,
      catchUpAgain: false,
      nextSource: 'initial',
      gapTimer: null,
      settleTimer: null,
      gapRounds: 0,
      closed: false,
    };
    this.channels.set(teamId, channel);
    if (this.connected) this.subscribeTeam(channel, 'initial');
  }

  /** Stops following a team (the user left or was removed). */
  leaveTeam(teamId: number): void {
    const channel = this.channels.get(teamId);
    if (!channel) return;
    this.closeChannel(channel);
    this.channels.delete(teamId);
  }

  isFollowing(teamId: number): boolean {
    return this.channels.has(teamId);
  }

  lastSeq(teamId: number): number | undefined {
    return this.channels.get(teamId)?.sequencer.lastSeq;
  }

  /**
   * Follows who is online and typing in a team (`/topic/teams.{id}.presence`) while any
   * listener watches; resubscribes after a reconnect, where the first frame is a fresh snapshot.
   * These frames have no seq and never pass through the team's sequencer.
   */
  watchPresence(teamId: number, listener: PresenceListener): () => void {
    let watch = this.presence.get(teamId);
    if (!watch) {
      watch = { listeners: new Set(), subscription: null };
      this.presence.set(teamId, watch);
      if (this.connected) this.subscribePresence(teamId, watch);
    }
    watch.listeners.add(listener);
    return () => {
      const current = this.presence.get(teamId);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size > 0) return;
      this.presence.delete(teamId);
      if (current.subscription && this.connected) safely(() => current.subscription?.unsubscribe());
    };
  }

  /** Tells the team's members that this user types (or stopped); nothing while disconnected. */
  sendTyping(teamId: number, typing: boolean): void {
    if (this.connected) this.transport?.publish(typingDestination(teamId), JSON.stringify({ typing }));
  }

  onTeamEnvelope(listener: TeamEnvelopeListener): () => void {
    this.teamListeners.add(listener);
    return () => this.teamListeners.delete(listener);
  }

  onPersonalEnvelope(listener: PersonalEnvelopeListener): () => void {
    this.personalListeners.add(listener);
    return () => this.personalListeners.delete(listener);
  }

  onStatusChange(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Called after every successful CONNECT; `reconnected` is true from the second one on. */
  onConnect(listener: (info: { reconnected: boolean }) => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  onError(listener: (message: string) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  private handleConnect(): void {
    if (!this.transport) return;
    const reconnected = this.everConnected;
    this.connected = true;
    this.everConnected = true;
    this.failures = 0;
    this.transport.subscribe(personalQueue, (body) => {
      const envelope = parse(body);
      if (envelope) this.personalListeners.forEach((l) => safely(() => l(envelope as PersonalEnvelope)));
    });
    for (const channel of this.channels.values()) {
      this.subscribeTeam(channel, channel.nextSource === 'initial' ? 'initial' : 'catch-up');
    }
    for (const [teamId, watch] of this.presence) this.subscribePresence(teamId, watch);
    this.setStatus('live');
    this.connectListeners.forEach((l) => safely(() => l({ reconnected })));
  }

  private handleDisconnect(): void {
    if (!this.transport) return;
    this.connected = false;
    for (const channel of this.channels.values()) {
      channel.subscription = null;
      clearTimer(channel, 'gapTimer');
      clearTimer(channel, 'settleTimer');
    }
    for (const watch of this.presence.values()) watch.subscription = null;
    this.failures += 1;
    const offline = !this.options.isBrowserOnline() || this.failures >= this.options.offlineAfterFailures;
    this.setStatus(offline ? 'offline' : 'reconnecting');
  }

  private subscribeTeam(channel: TeamChannel, source: EnvelopeSource): void {
    if (!this.transport) return;
    channel.subscription = this.transport.subscribe(teamTopic(channel.teamId), (body) => {
      const envelope = parse(body);
      if (!envelope || channel.closed) return;
      this.release(channel, channel.sequencer.receive(envelope as TeamEnvelope, 'live'));
      this.watchGap(channel);
    });
    channel.nextSource = source;
    void this.catchUp(channel);
    clearTimer(channel, 'settleTimer');
    channel.settleTimer = setTimeout(() => {
      channel.settleTimer = null;
      void this.catchUp(channel);
    }, this.options.settleDelayMs);
  }

  private subscribePresence(teamId: number, watch: PresenceWatch): void {
    if (!this.transport) return;
    watch.subscription = this.transport.subscribe(presenceTopic(teamId), (body) => {
      const frame = parse(body) as unknown as PresenceFrame | TypingFrame | null;
      if (frame && (frame.type === 'presence' || frame.type === 'typing')) {
        watch.listeners.forEach((l) => safely(() => l(frame)));
      }
    });
  }

  private async catchUp(channel: TeamChannel): Promise<void> {
    if (channel.catchUpRunning) {
      channel.catchUpAgain = true;
      return;
    }
    channel.catchUpRunning = true;
    const { sequencer } = channel;
    try {
      do {
        channel.catchUpAgain = false;
        const source = channel.nextSource;
        let after = sequencer.beginCatchUp();
        for (;;) {
          const page = await this.options.fetchActivity(channel.teamId, after, this.options.pageSize);
          if (channel.closed) return;
          this.release(channel, sequencer.acceptCatchUpPage(page, source));
          if (page.length < this.options.pageSize) break;
          after = Math.max(sequencer.lastSeq, ...page.map((e) => e.seq ?? 0));
        }
        sequencer.finishCatchUp();
        channel.nextSource = 'catch-up';
      } while (channel.catchUpAgain && !channel.closed);

      if (sequencer.hasGap) {
        channel.gapRounds += 1;
        if (channel.gapRounds >= this.options.maxGapRounds) {
          // The server has confirmed, several times, that it has nothing for the missing seqs.
          channel.gapRounds = 0;
          this.release(channel, sequencer.skipGap());
        }
      } else {
        channel.gapRounds = 0;
      }
    } catch {
      sequencer.finishCatchUp();
      // Leave the held envelopes in place; the gap watch (or the next reconnect) tries again.
    } finally {
      channel.catchUpRunning = false;
    }
    this.watchGap(channel);
  }

  private watchGap(channel: TeamChannel): void {
    if (!channel.sequencer.hasGap) {
      clearTimer(channel, 'gapTimer');
      return;
    }
    if (channel.gapTimer || channel.catchUpRunning || !this.connected || channel.closed) return;
    channel.gapTimer = setTimeout(() => {
      channel.gapTimer = null;
      if (channel.sequencer.hasGap && this.connected) void this.catchUp(channel);
    }, this.options.gapTimeoutMs);
  }

  private release(channel: TeamChannel, ready: { envelope: TeamEnvelope; source: EnvelopeSource }[]): void {
    for (const { envelope, source } of ready) {
      const withTeam = envelope.teamId == null ? { ...envelope, teamId: channel.teamId } : envelope;
      this.teamListeners.forEach((l) => safely(() => l(withTeam, source)));
    }
  }

  private closeChannel(channel: TeamChannel): void {
    channel.closed = true;
    clearTimer(channel, 'gapTimer');
    clearTimer(channel, 'settleTimer');
    if (channel.subscription && this.connected) safely(() => channel.subscription?.unsubscribe());
    channel.subscription = null;
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.statusListeners.forEach((l) => safely(() => l(status)));
  }
}

function clearTimer(channel: TeamChannel, key: 'gapTimer' | 'settleTimer'): void {
  const timer = channel[key];
  if (timer) clearTimeout(timer);
  channel[key] = null;
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    // A faulty listener must not stop the others or break sequencing; surface it asynchronously.
    setTimeout(() => {
      throw error;
    });
  }
}
