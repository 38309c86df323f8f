// End-to-end: read markers and unread counts with two people. Bob writes in a team while alice is
// in another one: her team rail and, in her second tab, her team list show the count live; she
// opens the team, sees the "New messages" divider at bob's first message, and the badge clears
// in both tabs (her other tab hears of it through chat.read.updated). HUDDLE_URL as in the suite.
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
  screenshot,
  signUp,
  visible,
} from './support.mjs';

const run = runId();
const password = `Huddle-e2e-${run}!`;
const alice = { username: `alice${run}`, displayName: `Alice ${run}`, password };
const bob = { username: `bob${run}`, displayName: `Bob ${run}`, password };
const busy = `Launch crew ${run}`;
const quiet = `Book club ${run}`;

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

const railBadge = (page, team) => page.locator('[data-testid="team-rail-link"]', { hasText: team }).getByTestId('unread-badge');
const cardBadge = (page, team) => page.locator('.team-card', { hasText: team }).getByTestId('unread-badge');

async function expectText(locator, text, page, name) {
  try {
    await page.waitForFunction(
      ([el, want]) => el?.textContent === want,
      [await locator.elementHandle({ timeout: LIVE_TIMEOUT }), text],
      { timeout: LIVE_TIMEOUT },
    );
  } catch (error) {
    await failureShot(page, name);
    throw error;
  }
}

async function expectGone(locator, page, name) {
  try {
    await locator.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
  } catch (error) {
    await failureShot(page, name);
    throw error;
  }
}

describe(`Read markers and unread counts, against ${BASE_URL}`, { timeout: 180_000 }, () => {
  let a; // alice's browser (first tab)
  let second; // alice's second tab, same session
  let b; // bob's browser
  const teams = {};

  before(async () => {
    a = await openBrowser('alice');
    b = await openBrowser('bob');
    await signUp(a.page, alice);
    await signUp(b.page, bob);
    for (const name of [busy, quiet]) {
      const team = await call(a.page, 'POST', '/teams', { name });
      assert.equal(team.status, 201);
      teams[name] = team.body.id;
      assert.equal((await call(a.page, 'POST', `/teams/${team.body.id}/invitations`, { username: bob.username })).status, 201);
      const invitation = (await call(b.page, 'GET', '/invitations')).body.find((i) => i.team.id === team.body.id);
      assert.equal((await call(b.page, 'POST', `/invitations/${invitation.id}/accept`)).status, 200);
    }
    await b.page.goto(`${BASE_URL}/teams`);
    await live(b.page);

    await a.page.goto(`${BASE_URL}/teams/${teams[quiet]}`);
    await visible(a.page.getByRole('heading', { name: quiet }));
    await live(a.page);
    second = await a.context.newPage();
    await second.goto(`${BASE_URL}/teams`);
    await visible(second.locator('.team-card', { hasText: busy }));
    await live(second);
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it('bob writes three messages while alice is in another team: her badges say 3, live, in both tabs', async () => {
    for (let i = 1; i <= 3; i++) {
      const posted = await call(b.page, 'POST', `/teams/${teams[busy]}/messages`, { body: `Unread ${i} (${run})` });
      assert.equal(posted.status, 201);
    }
    await expectText(railBadge(a.page, busy), '3', a.page, 'rail-badge-3');
    await expectText(cardBadge(second, busy), '3', second, 'card-badge-3');
    assert.equal(await railBadge(a.page, quiet).count(), 0, 'the quiet team has no badge');
    const listed = (await call(a.page, 'GET', '/teams')).body.find((t) => t.id === teams[busy]);
    assert.equal(listed.unread, 3, 'GET /api/teams counts the three');
  });

  it('alice opens the team: the divider sits at bob\'s first message and the badges clear in both tabs', async () => {
    await a.page.locator('[data-testid="team-rail-link"]', { hasText: busy }).click();
    await visible(a.page.getByRole('heading', { name: busy }));
    const divider = messageLog(a.page).getByTestId('unread-divider');
    await visible(divider);
    const firstAfter = await divider.evaluate((el) => el.nextElementSibling?.querySelector('.message-body')?.textContent);
    assert.equal(firstAfter, `Unread 1 (${run})`, 'the divider comes right before the first unread message');
    assert.equal(await messageLog(a.page).getByTestId('unread-divider').count(), 1);

    await expectGone(cardBadge(second, busy), second, 'card-badge-cleared');
    let marker;
    for (let i = 0; i < 50; i++) {
      marker = (await call(a.page, 'GET', '/teams')).body.find((t) => t.id === teams[busy]);
      if (marker.unread === 0) break;
      await a.page.waitForTimeout(200);
    }
    assert.equal(marker.unread, 0, 'the server holds the marker');
    assert.equal(marker.readSeq, marker.lastSeq);
  });

  it('a message in the other team shows on the rail while alice reads; the screenshot shows both', async () => {
    for (let i = 1; i <= 2; i++) {
      assert.equal((await call(b.page, 'POST', `/teams/${teams[quiet]}/messages`, { body: `Chapter ${i}? (${run})` })).status, 201);
    }
    await expectText(railBadge(a.page, quiet), '2', a.page, 'rail-badge-quiet');
    await expectText(cardBadge(second, quiet), '2', second, 'card-badge-quiet');
    await screenshot(a.page, 'chat-unread');

    // Reading in the open team keeps its badge away; the divider stays where it was.
    assert.equal((await call(b.page, 'POST', `/teams/${teams[busy]}/messages`, { body: `Unread 4 (${run})` })).status, 201);
    await visible(messageLog(a.page).locator('.message-body', { hasText: `Unread 4 (${run})` }));
    await a.page.waitForTimeout(1_500);
    assert.equal(await cardBadge(second, busy).count(), 0, 'what alice sees as it arrives is read');
    const firstAfter = await messageLog(a.page)
      .getByTestId('unread-divider')
      .evaluate((el) => el.nextElementSibling?.querySelector('.message-body')?.textContent);
    assert.equal(firstAfter, `Unread 1 (${run})`);
  });

  it('a long history opens at its newest page and scrolling up loads older pages without a jump', async () => {
    for (let i = 1; i <= 60; i++) {
      assert.equal((await call(b.page, 'POST', `/teams/${teams[busy]}/messages`, { body: `History ${i} (${run})` })).status, 201);
    }
    await a.page.reload();
    await visible(messageLog(a.page).locator('.message-body', { hasText: `History 60 (${run})` }));
    const shown = () => messageLog(a.page).getByTestId('message').count();
    assert.equal(await shown(), 50, 'only the newest page is loaded on open');

    const oldestShown = `History 11 (${run})`;
    await messageLog(a.page).evaluate((el) => {
      el.scrollTop = 0;
    });
    await a.page.waitForFunction(
      () => globalThis.document.querySelectorAll('[data-testid="message-log"] [data-testid="message"]').length > 50,
      undefined,
      { timeout: LIVE_TIMEOUT },
    );
    const view = await messageLog(a.page).evaluate((el, text) => {
      const body = [...el.querySelectorAll('.message-body')].find((b) => b.textContent === text);
      return { scrollTop: el.scrollTop, offset: body.getBoundingClientRect().top - el.getBoundingClientRect().top };
    }, oldestShown);
    assert.ok(view.scrollTop > 100, `the view stays where it was instead of jumping to the top (scrollTop ${view.scrollTop})`);
    assert.ok(view.offset >= -5 && view.offset < 200, `the message that was at the top is still in view (${view.offset}px)`);
  });

  it('logged no application errors in the browsers', () => {
    assert.deepEqual([...(a?.problems ?? []), ...(b?.problems ?? [])], []);
  });
});
