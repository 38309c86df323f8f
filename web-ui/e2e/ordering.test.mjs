// End-to-end: a person's quick messages keep the order she typed them in, on her screen, on the
// other member's, after a reload and in the stored history (issue 13). Two browsers, the real
// gateway and both api replicas (HUDDLE_URL, default the gateway port of huddle.env).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  LIVE_TIMEOUT,
  closeBrowser,
  failureShot,
  live,
  messageLog,
  openBrowser,
  runId,
  signUp,
  visible,
} from './support.mjs';

const run = runId();
const password = `Huddle-e2e-${run}!`;
const alice = { username: `alice${run}`, displayName: `Alice ${run}`, password };
const bob = { username: `bob${run}`, displayName: `Bob ${run}`, password };
const teamName = `Rapid fire ${run}`;
const COUNT = 30;
const texts = Array.from({ length: COUNT }, (_, i) => `Quick ${i + 1} of ${COUNT} (${run})`);

/** A REST call from inside the page: same origin, the page's session cookie. */
const call = (page, method, path, body) =>
  page.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    [method, path, body],
  );

/** The bodies of this run's messages as the page shows them, top to bottom, once all of them are sent. */
async function shownOrder(page, name) {
  try {
    await page.waitForFunction(
      ([tag, count]) => {
        const shown = [...globalThis.document.querySelectorAll('[data-testid="message-log"] [data-testid="message"]')].filter((m) =>
          m.querySelector('.message-body')?.textContent?.includes(tag),
        );
        return shown.length === count && shown.every((m) => m.getAttribute('data-status') === 'sent');
      },
      [`of ${COUNT} (${run})`, COUNT],
      { timeout: 60_000 },
    );
  } catch (error) {
    await failureShot(page, `ordering-${name}`);
    throw error;
  }
  const bodies = await messageLog(page).locator('[data-testid="message"] .message-body').allInnerTexts();
  return bodies.filter((text) => text.endsWith(`of ${COUNT} (${run})`));
}

async function assertOrder(page, name, what) {
  const order = await shownOrder(page, name);
  if (JSON.stringify(order) !== JSON.stringify(texts)) await failureShot(page, `ordering-${name}`);
  assert.deepEqual(order, texts, what);
}

describe(`A person's quick messages keep her order, against ${BASE_URL}`, { timeout: 240_000 }, () => {
  let a; // alice's browser
  let b; // bob's browser
  let teamId;

  before(async () => {
    a = await openBrowser('alice');
    b = await openBrowser('bob');
    await signUp(a.page, alice);
    await signUp(b.page, bob);

    const team = await call(a.page, 'POST', '/teams', { name: teamName });
    assert.equal(team.status, 201);
    teamId = team.body.id;
    assert.equal((await call(a.page, 'POST', `/teams/${teamId}/invitations`, { username: bob.username })).status, 201);
    const invitation = (await call(b.page, 'GET', '/invitations')).body.find((i) => i.team.id === teamId);
    assert.equal((await call(b.page, 'POST', `/invitations/${invitation.id}/accept`)).status, 200);

    for (const { page } of [a, b]) {
      await page.goto(`${BASE_URL}/teams/${teamId}`);
      await visible(page.getByRole('heading', { name: teamName }));
      await live(page);
    }
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it(`alice types ${COUNT} messages as fast as the page takes them; everyone sees them in her order`, async () => {
    const box = a.page.getByRole('textbox', { name: 'Message', exact: true });
    for (const text of texts) {
      await box.fill(text);
      await box.press('Enter');
    }

    await assertOrder(a.page, 'alice', 'alice sees her messages in the order she typed them');
    await assertOrder(b.page, 'bob', 'bob sees them in her order');

    const stored = await call(a.page, 'GET', `/teams/${teamId}/messages?limit=50`);
    assert.equal(stored.status, 200);
    assert.deepEqual(
      stored.body.filter((m) => m.body.endsWith(`of ${COUNT} (${run})`)).map((m) => m.body),
      texts,
      'the server stored them in her order (history is oldest first, by seq)',
    );

    for (const [browser, name] of [
      [a, 'alice'],
      [b, 'bob'],
    ]) {
      await browser.page.reload();
      await visible(browser.page.getByRole('heading', { name: teamName }), LIVE_TIMEOUT);
      await assertOrder(browser.page, `${name}-reloaded`, `${name} sees her order after a reload`);
    }
  });

  it('logged no application errors in the browsers', () => {
    assert.deepEqual([...(a?.problems ?? []), ...(b?.problems ?? [])], []);
  });
});
