// End-to-end: who is online and who is typing, live, between two people in two browsers, through
// the real gateway and both notifiers (HUDDLE_URL, default the gateway port of huddle.env).
// HUDDLE_SCREENSHOTS=1 writes docs/screenshots/chat-typing-presence.png.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  LIVE_TIMEOUT,
  closeBrowser,
  failureShot,
  live,
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
const teamName = `Who is here ${run}`;

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

const typingLine = (page) => page.getByTestId('typing-indicator');
const memberRow = (page, user) => page.locator('.member-row', { hasText: `@${user.username}` });

/** Waits until the condition holds in the page, with a screenshot when it never does. */
async function until(page, name, check, timeout = LIVE_TIMEOUT) {
  try {
    await check(timeout);
  } catch (error) {
    await failureShot(page, `presence-${name}`);
    throw error;
  }
}

describe(`Typing and presence between two people, against ${BASE_URL}`, { timeout: 180_000 }, () => {
  let a; // alice's browser
  let b; // bob's browser

  before(async () => {
    a = await openBrowser('alice');
    b = await openBrowser('bob');
    await signUp(a.page, alice);
    await signUp(b.page, bob);

    const team = await call(a.page, 'POST', '/teams', { name: teamName });
    assert.equal(team.status, 201);
    const teamId = team.body.id;
    assert.equal((await call(a.page, 'POST', `/teams/${teamId}/invitations`, { username: bob.username })).status, 201);
    const invitation = (await call(b.page, 'GET', '/invitations')).body.find((i) => i.team.id === teamId);
    assert.equal((await call(b.page, 'POST', `/invitations/${invitation.id}/accept`)).status, 200);

    for (const { page } of [a, b]) {
      await page.goto(`${BASE_URL}/teams/${teamId}`);
      await visible(page.getByRole('heading', { name: teamName }));
      await live(page);
    }
    await b.page.getByRole('tab', { name: /Members/ }).click();
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it('bob sees alice online, by her name and in the header', async () => {
    await until(b.page, 'online', (timeout) =>
      memberRow(b.page, alice).locator('.presence-dot.is-online').waitFor({ timeout }),
    );
    await visible(b.page.locator('.online-summary', { hasText: '2 online' }));
    assert.equal(await memberRow(b.page, bob).locator('.presence-dot.is-online').count(), 1, 'bob is online too');
  });

  it('alice types: bob sees "alice is typing…", alice does not see herself', async () => {
    const box = a.page.getByRole('textbox', { name: 'Message', exact: true });
    await box.click();
    await box.pressSequentially('Hello Bob, are you th', { delay: 40 });

    await until(b.page, 'typing', (timeout) =>
      b.page.getByTestId('typing-indicator').filter({ hasText: `${alice.displayName} is typing…` }).waitFor({ timeout }),
    );
    await screenshot(b.page, 'chat-typing-presence');
    assert.equal(await typingLine(a.page).innerText(), '', 'the typist is not told about herself');
  });

  it('the line goes as soon as she sends', async () => {
    const box = a.page.getByRole('textbox', { name: 'Message', exact: true });
    await box.pressSequentially('ere?', { delay: 40 });
    const sentAt = Date.now();
    await box.press('Enter');

    await until(b.page, 'sent', (timeout) =>
      b.page.waitForFunction(
        () => globalThis.document.querySelector('[data-testid="typing-indicator"]')?.textContent === '',
        null,
        { timeout },
      ),
    );
    const gone = Date.now() - sentAt;
    assert.ok(gone < 4_000, `gone ${gone} ms after sending, before the 5 s expiry`);
    await visible(b.page.getByTestId('message-log').locator('.message-body', { hasText: 'Hello Bob, are you there?' }));
  });

  it('the line expires by itself when she stops typing without sending', async () => {
    const box = a.page.getByRole('textbox', { name: 'Message', exact: true });
    await box.pressSequentially('Never mind', { delay: 40 });
    await until(b.page, 'typing-again', (timeout) =>
      b.page.getByTestId('typing-indicator').filter({ hasText: 'is typing…' }).waitFor({ timeout }),
    );
    const seenAt = Date.now();

    await until(b.page, 'expired', (timeout) =>
      b.page.waitForFunction(
        () => globalThis.document.querySelector('[data-testid="typing-indicator"]')?.textContent === '',
        null,
        { timeout },
      ),
    );
    const gone = Date.now() - seenAt;
    assert.ok(gone > 3_000 && gone < 8_000, `expired ${gone} ms after it showed (5 s after the last signal)`);
  });

  it('alice closes her browser: bob sees her go offline', async () => {
    await closeBrowser(a);
    const problems = a.problems;
    a = null;
    assert.deepEqual(problems, []);

    await until(b.page, 'offline', (timeout) =>
      memberRow(b.page, alice).locator('.presence-dot:not(.is-online)').waitFor({ timeout }),
    );
    assert.equal(await b.page.locator('.online-summary', { hasText: '1 online' }).count(), 1);
  });

  it('logged no application errors in bob\'s browser', () => {
    assert.deepEqual(b?.problems ?? [], []);
  });
});
