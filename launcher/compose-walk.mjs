// The compose smoke test's client (launcher/compose-smoke): a new user's walk through the
// gateway — register, team, invite, accept, chat with a STOMP subscriber — then chat posts
// across a SIGKILL of the PostgreSQL primary's container. Every post must be answered 201 and
// stored once, and the subscriber, merging live frames and catch-up as docs/realtime.md tells
// clients, must show exactly the team's activity log: every envelope once, in seq order. Live
// frames may come out of order across a failover (the outbox relays of two replicas); how many
// did is reported. Chat posts follow the documented client retry rule (docs/api-notes.md,
// "Retrying"); how many were sent again is reported too. Prints one JSON line of figures;
// exits 1 on any failure.
//
//   node --experimental-websocket launcher/compose-walk.mjs GATEWAY_URL KILL_COMMAND...
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../web-ui/package.json', import.meta.url));
const { Client } = require('@stomp/stompjs');

const [gateway, ...killCommand] = process.argv.slice(2);
const POSTS_AFTER_KILL = 20;
const POST_ATTEMPTS = 6;
const REQUEST_TIMEOUT_MS = 30_000;
const DELIVERY_TIMEOUT_MS = 30_000;
const run = Date.now().toString(36);

function fail(message) {
  console.error(`compose smoke: ${message}`);
  process.exit(1);
}

/** One request through the gateway: its status, headers and text, whatever they are. */
async function request(method, path, { token, body }) {
  const response = await fetch(`${gateway}${path}`, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(body && { 'Content-Type': 'application/json' }),
    },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function api(method, path, { token, body, expect }) {
  const { status, text } = await request(method, path, { token, body });
  if (status !== expect) fail(`${method} ${path}: ${status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function signUp(name) {
  const username = `${name}${run}`;
  const password = `compose-smoke-${run}`;
  await api('POST', '/api/auth/register', { body: { username, password }, expect: 201 });
  const { token } = await api('POST', '/api/auth/login', { body: { username, password }, expect: 200 });
  return { username, token };
}

/**
 * A subscriber following docs/realtime.md, "Catch-up": subscribe first and buffer, catch up
 * with activity?after=, then apply `seq == last + 1`, drop `seq <= last`, and on a gap buffer
 * and catch up again. `applied` is what a person would see, in the order they would see it.
 */
function subscribe(token, teamId) {
  const state = { last: 0, applied: [], buffer: new Map(), framesOutOfOrder: 0, framesRepeated: 0, catchUps: 0 };
  let catchingUp = null;
  const drain = () => {
    while (state.buffer.has(state.last + 1)) {
      state.last += 1;
      state.applied.push(state.last);
      state.buffer.delete(state.last);
    }
    for (const seq of state.buffer.keys()) if (seq <= state.last) state.buffer.delete(seq);
  };
  const catchUp = () => {
    catchingUp ??= (async () => {
      state.catchUps += 1;
      let page;
      do {
        page = await api('GET', `/api/teams/${teamId}/activity?after=${state.last}&limit=500`, { token, expect: 200 });
        for (const envelope of page.items ?? page) if (envelope.seq > state.last) state.buffer.set(envelope.seq, envelope);
        drain();
      } while ((page.items ?? page).length === 500);
    })().finally(() => {
      catchingUp = null;
      if (state.buffer.size > 0) setTimeout(catchUp, 250);
    });
    return catchingUp;
  };
  const client = new Client({
    webSocketFactory: () => new WebSocket(`${gateway.replace(/^http/, 'ws')}/ws`),
    connectHeaders: { Authorization: `Bearer ${token}` },
    reconnectDelay: 2000,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
  });
  const connected = new Promise((resolve, reject) => {
    client.onConnect = () => {
      let highest = 0;
      client.subscribe(`/topic/teams.${teamId}`, (frame) => {
        const { seq } = JSON.parse(frame.body);
        if (seq < highest) state.framesOutOfOrder += 1;
        if (seq === highest) state.framesRepeated += 1;
        highest = Math.max(highest, seq);
        if (seq <= state.last) return;
        state.buffer.set(seq, null);
        if (seq === state.last + 1) drain();
        else catchUp();
      });
      catchUp().then(resolve, reject);
    };
    client.onStompError = (frame) => reject(new Error(frame.headers.message));
  });
  client.activate();
  return { client, state, connected };
}

async function storedMessages() {
  const history = await api('GET', `/api/teams/${team.id}/messages?limit=100`, { token: bob.token, expect: 200 });
  return (history.items ?? history).filter((message) => message.body.startsWith('compose smoke '));
}

async function awaitDelivery(subscriber, seqs) {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (seqs.every((seq) => seq <= subscriber.state.last)) return;
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

/**
 * One chat post as docs/api-notes.md, "Retrying", tells clients (the web UI does the same): a
 * post is repeatable by its clientId, so no answer, a 5xx or a 429 is sent again after
 * Retry-After, else after 0.5, 1, 2, 4 and 8 s; six attempts in all. What a person would see
 * is the last answer.
 */
async function sendPost(body) {
  for (let attempt = 1; ; attempt++) {
    let answer;
    try {
      answer = await request('POST', `/api/teams/${team.id}/messages`, { token: alice.token, body });
    } catch (error) {
      if (attempt === POST_ATTEMPTS) fail(`POST ${body.clientId}: no answer after ${attempt} attempts (${error.message})`);
      retries += 1;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
      continue;
    }
    const { status, headers, text } = answer;
    if (status === 201) return JSON.parse(text);
    const repeatable = status === 429 || status >= 500;
    if (!repeatable || attempt === POST_ATTEMPTS) fail(`POST ${body.clientId}: ${status} ${text}`);
    retries += 1;
    const retryAfter = Number(headers.get('Retry-After'));
    const delayMs = retryAfter > 0 ? Math.min(retryAfter, 30) * 1000 : 500 * 2 ** (attempt - 1);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

const acknowledged = [];
let retries = 0;
async function post(label) {
  const started = Date.now();
  const message = await sendPost({ body: `compose smoke ${label}`, clientId: `${run}-${label}` });
  acknowledged.push({ seq: message.seq, at: Date.now(), took: Date.now() - started });
  return message;
}

await post('before');
await awaitDelivery(subscriber, [acknowledged[0].seq]);
if (subscriber.state.last < acknowledged[0].seq) fail('the first message never reached the subscriber');

const killedAt = Date.now();
const kill = spawnSync(killCommand[0], killCommand.slice(1), { stdio: 'inherit' });
if (kill.status !== 0) fail(`the kill command failed: ${killCommand.join(' ')}`);
for (let i = 1; i <= POSTS_AFTER_KILL; i++) await post(`after-${i}`);

const seqs = acknowledged.map((entry) => entry.seq);
await awaitDelivery(subscriber, seqs);
const activity = await api('GET', `/api/teams/${team.id}/activity?after=0&limit=500`, { token: bob.token, expect: 200 });
await subscriber.client.deactivate();

const { state } = subscriber;
const logged = (activity.items ?? activity).map((envelope) => envelope.seq);
const stored = await storedMessages();
const afterKill = acknowledged.slice(1);
const result = {
  acknowledged: acknowledged.length,
  stored: stored.length,
  lost: seqs.filter((seq) => !state.applied.includes(seq)).length,
  duplicatesShown: state.applied.length - new Set(state.applied).size,
  shownAsLogged: JSON.stringify(state.applied) === JSON.stringify(logged),
  framesOutOfOrder: state.framesOutOfOrder,
  framesRepeated: state.framesRepeated,
  catchUps: state.catchUps,
  firstWriteAfterKillMs: afterKill[0].at - killedAt,
  slowestPostMs: Math.max(...afterKill.map((entry) => entry.took)),
  postsSentAgain: retries,
};
console.log(JSON.stringify(result));
if (result.stored !== result.acknowledged) {
  // A stale read (a standby behind) converges; a lost write never does. Either fails the walk.
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  let storedNow = result.stored;
  while (storedNow !== result.acknowledged && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    storedNow = (await storedMessages()).length;
  }
  const verdict = storedNow === result.acknowledged ? 'a stale read' : `${result.acknowledged - storedNow} lost`;
  fail(`${result.acknowledged} posts acknowledged but ${result.stored} stored, ${storedNow} on reading again: ${verdict}`);
}
if (result.lost > 0 || result.duplicatesShown > 0) fail(`lost ${result.lost}, duplicates shown ${result.duplicatesShown}`);
// What the person saw is the team's activity log itself: every envelope once, in seq order.
if (!result.shownAsLogged) fail(`shown ${state.applied.join(',')} but the log holds ${logged.join(',')}`);
process.exit(0);
