// Huddle STOMP client for Node: logs in over REST, subscribes to a team's activity and to your own
// notifications, catches up on what it missed by seq, and prints one JSON line per envelope.
//
//   HUDDLE_USERNAME=alice HUDDLE_PASSWORD=secret node listen.mjs            # via the gateway :3000
//   HUDDLE_URL=http://localhost:3000 HUDDLE_TEAM=7 node listen.mjs
//   HUDDLE_API_URL=http://localhost:5000 HUDDLE_WS_URL=ws://localhost:5100/ws node listen.mjs
//
// HUDDLE_TEAM defaults to your first team; HUDDLE_EXIT_AFTER=n exits after n envelopes (for tests).
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';

const base = process.env.HUDDLE_URL ?? 'http://localhost:3000';
const apiUrl = process.env.HUDDLE_API_URL ?? base;
const wsUrl = process.env.HUDDLE_WS_URL ?? `${base.replace(/^http/, 'ws')}/ws`;
const username = process.env.HUDDLE_USERNAME;
const password = process.env.HUDDLE_PASSWORD;
const exitAfter = Number(process.env.HUDDLE_EXIT_AFTER ?? 0);

if (!username || !password) {
  console.error('Set HUDDLE_USERNAME and HUDDLE_PASSWORD');
  process.exit(2);
}

const log = (event, fields = {}) => console.log(JSON.stringify({ event, ...fields }));

async function api(path, token, init = {}) {
  const response = await fetch(`${apiUrl}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) {
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

const { token, user } = await api('/api/auth/login', null, {
  method: 'POST',
  body: JSON.stringify({ username, password }),
});
const teamId = Number(process.env.HUDDLE_TEAM ?? (await api('/api/teams', token))[0]?.id);
if (!teamId) {
  console.error(`${username} belongs to no team; create one or set HUDDLE_TEAM`);
  process.exit(2);
}
log('logged-in', { user: user.username, teamId });

// The catch-up protocol: live envelopes that arrive while the activity call runs are buffered,
// then everything is merged by seq; anything at or below the last seq shown is a duplicate.
let lastSeq = 0;
let catchingUp = false;
let buffered = [];
let shown = 0;

function show(destination, envelope) {
  log('envelope', { destination, type: envelope.type, seq: envelope.seq, id: envelope.id, data: envelope.data });
  shown += 1;
  if (exitAfter > 0 && shown >= exitAfter) {
    client.deactivate().then(() => process.exit(0));
  }
}

function deliverTeam(envelope) {
  if (envelope.seq <= lastSeq) {
    return; // seen already (catch-up and live overlap, or a redelivery)
  }
  if (envelope.seq > lastSeq + 1) {
    catchUp(); // a gap: something was missed, fetch it in order
    buffered.push(envelope);
    return;
  }
  lastSeq = envelope.seq;
  show(`/topic/teams.${teamId}`, envelope);
}

async function catchUp() {
  if (catchingUp) return;
  catchingUp = true;
  try {
    for (;;) {
      const page = await api(`/api/teams/${teamId}/activity?after=${lastSeq}&limit=500`, token);
      page.forEach(deliverInOrder);
      if (page.length < 500) break;
    }
  } catch (error) {
    log('catch-up-failed', { message: String(error) });
  } finally {
    catchingUp = false;
    const pending = buffered.sort((a, b) => a.seq - b.seq);
    buffered = [];
    pending.forEach(deliverTeam);
  }
}

function deliverInOrder(envelope) {
  if (envelope.seq === lastSeq + 1) {
    lastSeq = envelope.seq;
    show(`/topic/teams.${teamId}`, envelope);
  }
}

const client = new Client({
  webSocketFactory: () => new WebSocket(wsUrl, ['v12.stomp', 'v11.stomp', 'v10.stomp']),
  connectHeaders: { Authorization: `Bearer ${token}` },
  heartbeatIncoming: 10000,
  heartbeatOutgoing: 10000,
  reconnectDelay: 2000,
  onConnect: () => {
    log('connected', { ws: wsUrl });
    // Subscribe first, then catch up: nothing falls between the two.
    client.subscribe(`/topic/teams.${teamId}`, (frame) => {
      const envelope = JSON.parse(frame.body);
      if (catchingUp) buffered.push(envelope);
      else deliverTeam(envelope);
    });
    client.subscribe('/user/queue/notifications', (frame) => show('/user/queue/notifications', JSON.parse(frame.body)));
    catchUp().then(() => log('live', { lastSeq }));
  },
  onStompError: (frame) => {
    log('stomp-error', { message: frame.headers.message });
    if (/session ended|unknown or expired|Sign in/.test(frame.headers.message ?? '')) {
      client.deactivate().then(() => process.exit(1));
    }
  },
  onWebSocketClose: () => log('disconnected', { reconnectingInMs: 2000 }),
});
client.activate();
