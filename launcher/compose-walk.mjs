// The compose smoke test's client (launcher/compose-smoke): a new user's walk through the
// gateway — register, team, invite, accept, chat with a STOMP subscriber — then chat posts
// across a SIGKILL of the PostgreSQL primary's container. Every post must be answered 201,
// stored once and reach the subscriber exactly once, in seq order (live or by catch-up, as
// docs/realtime.md tells clients). Prints one JSON line of figures; exits 1 on any failure.
//
//   node --experimental-websocket launcher/compose-walk.mjs GATEWAY_URL KILL_COMMAND...
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../web-ui/package.json', import.meta.url));
const { Client } = require('@stomp/stompjs');

const [gateway, ...killCommand] = process.argv.slice(2);
const POSTS_AFTER_KILL = 20;
const REQUEST_TIMEOUT_MS = 30_000;
const DELIVERY_TIMEOUT_MS = 30_000;
const run = Date.now().toString(36);

function fail(message) {
  console.error(`compose smoke: ${message}`);
  process.exit(1);
}

async function api(method, path, { token, body, expect }) {
  const response = await fetch(`${gateway}${path}`, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(body && { 'Content-Type': 'application/json' }),
    },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== expect) fail(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function signUp(name) {
  const username = `${name}${run}`;
  const password = `compose-smoke-${run}`;
  await api('POST', '/api/auth/register', { body: { username, password }, expect: 201 });
  const { token } = await api('POST', '/api/auth/login', { body: { username, password }, expect: 200 });
  return { username, token };
}

/** A subscriber following docs/realtime.md: subscribe first, buffer, catch up, merge by seq. */
function subscribe(token, teamId) {
  const seen = new Map();
  const client = new Client({
    webSocketFactory: () => new WebSocket(`${gateway.replace(/^http/, 'ws')}/ws`),
    connectHeaders: { Authorization: `Bearer ${token}` },
    reconnectDelay: 1000,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
  });
  const duplicates = [];
  const connected = new Promise((resolve, reject) => {
    client.onConnect = () => {
      client.subscribe(`/topic/teams.${teamId}`, (frame) => {
        const envelope = JSON.parse(frame.body);
        if (seen.has(envelope.seq)) duplicates.push(envelope.seq);
        seen.set(envelope.seq, envelope);
      });
      resolve();
    };
    client.onStompError = (frame) => reject(new Error(frame.headers.message));
  });
  client.activate();
  return { client, seen, duplicates, connected };
}

async function awaitDelivery(subscriber, seqs) {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (seqs.every((seq) => subscriber.seen.has(seq))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const alice = await signUp('alice');
const bob = await signUp('bob');
const team = await api('POST', '/api/teams', { token: alice.token, body: { name: `Compose ${run}` }, expect: 201 });
await api('POST', `/api/teams/${team.id}/invitations`, { token: alice.token, body: { username: bob.username }, expect: 201 });
const invitation = (await api('GET', '/api/invitations', { token: bob.token, expect: 200 })).find(
  (candidate) => candidate.team.id === team.id,
);
if (!invitation) fail(`bob has no invitation to team ${team.id}`);
await api('POST', `/api/invitations/${invitation.id}/accept`, { token: bob.token, expect: 200 });

const subscriber = subscribe(bob.token, team.id);
await Promise.race([subscriber.connected, new Promise((_, reject) => setTimeout(() => reject(new Error('no STOMP CONNECTED')), 30_000))]).catch(
  (error) => fail(error.message),
);

const acknowledged = [];
async function post(label) {
  const started = Date.now();
  const message = await api('POST', `/api/teams/${team.id}/messages`, {
    token: alice.token,
    body: { body: `compose smoke ${label}`, clientId: `${run}-${label}` },
    expect: 201,
  });
  acknowledged.push({ seq: message.seq, at: Date.now(), took: Date.now() - started });
  return message;
}

await post('before');
await awaitDelivery(subscriber, [acknowledged[0].seq]);
if (!subscriber.seen.has(acknowledged[0].seq)) fail('the first message never reached the subscriber');

const killedAt = Date.now();
const kill = spawnSync(killCommand[0], killCommand.slice(1), { stdio: 'inherit' });
if (kill.status !== 0) fail(`the kill command failed: ${killCommand.join(' ')}`);
for (let i = 1; i <= POSTS_AFTER_KILL; i++) await post(`after-${i}`);

const seqs = acknowledged.map((entry) => entry.seq);
await awaitDelivery(subscriber, seqs);
// Anything missed while a socket was down comes from catch-up, as a client would fetch it.
const activity = await api('GET', `/api/teams/${team.id}/activity?after=0&limit=500`, { token: bob.token, expect: 200 });
const history = await api('GET', `/api/teams/${team.id}/messages?limit=100`, { token: bob.token, expect: 200 });
await subscriber.client.deactivate();

const stored = (history.items ?? history).filter((message) => message.body.startsWith('compose smoke '));
const missingLive = seqs.filter((seq) => !subscriber.seen.has(seq));
const caughtUp = (activity.items ?? activity).map((envelope) => envelope.seq);
const lost = seqs.filter((seq) => !subscriber.seen.has(seq) && !caughtUp.includes(seq));
const afterKill = acknowledged.slice(1);
const result = {
  acknowledged: acknowledged.length,
  stored: stored.length,
  lost: lost.length,
  duplicatesShown: subscriber.duplicates.length,
  missedLiveCaughtUp: missingLive.length - lost.length,
  firstWriteAfterKillMs: afterKill[0].at - killedAt,
  slowestPostMs: Math.max(...afterKill.map((entry) => entry.took)),
};
console.log(JSON.stringify(result));
if (result.stored !== result.acknowledged) fail(`${result.acknowledged} posts acknowledged but ${result.stored} stored`);
if (result.lost > 0 || result.duplicatesShown > 0) fail(`lost ${result.lost}, duplicates shown ${result.duplicatesShown}`);
const ordered = [...subscriber.seen.keys()];
if (ordered.some((seq, i) => i > 0 && seq < ordered[i - 1])) fail(`frames arrived out of seq order: ${ordered.join(',')}`);
process.exit(0);
