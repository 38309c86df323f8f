// End-to-end for chat reactions and @mentions: alice reacts and bob sees the count change live
// (and the other way round), the counts survive a reload; bob mentions alice, who gets the
// notification live and in her inbox, sees the mention highlighted and opens the chat from it.
// Run with `npm run e2e` (or just this file); HUDDLE_SCREENSHOTS=1 also saves the two screens.
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
  sendMessage,
  seeMessageOnce,
  signUp,
  visible,
} from './support.mjs';

const run = runId();
const password = `Huddle-e2e-${run}!`;
const alice = { username: `alice${run}`, displayName: `Alice ${run}`, password };
const bob = { username: `bob${run}`, displayName: `Bob ${run}`, password };
const teamName = `Lunch club ${run}`;
const THUMBS = '👍';

const messageWith = (page, text) => messageLog(page).getByTestId('message').filter({ hasText: text });
const chip = (page, text, emoji) => messageWith(page, text).locator(`[data-testid="reaction"][data-emoji="${emoji}"]`);

/** Waits until the message shows the emoji with that count (no chip at all for 0). */
async function seeCount(page, text, emoji, count) {
  try {
    if (count === 0) {
      await chip(page, text, emoji).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    } else {
      await chip(page, text, emoji).locator('.reaction-count', { hasText: new RegExp(`^${count}$`) }).waitFor({ timeout: LIVE_TIMEOUT });
    }
  } catch (error) {
    await failureShot(page, `reaction-${count}`);
    throw error;
  }
}

/** Closes the notices still shown, so that a screenshot shows the chat. */
async function dismissNotices(page) {
  const close = page.getByRole('button', { name: 'Dismiss notice' });
  while ((await close.count()) > 0) await close.first().click();
}

describe(`Chat reactions and mentions end to end against ${BASE_URL}`, { timeout: 240_000 }, () => {
  let a;
  let b;
  let teamId;
  const lunch = `Lunch at noon? ${run}`;

  before(async () => {
    a = await openBrowser('alice');
    b = await openBrowser('bob');
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it('alice and bob are in one team', async () => {
    await signUp(a.page, alice);
    await signUp(b.page, bob);
    await live(b.page);
    await a.page.getByLabel('Team name', { exact: true }).fill(teamName);
    await a.page.getByRole('button', { name: 'Create team' }).click();
    await a.page.waitForURL(/\/teams\/\d+$/, { timeout: LIVE_TIMEOUT });
    teamId = Number(new URL(a.page.url()).pathname.split('/').pop());
    await a.page.getByRole('tab', { name: /Members/ }).click();
    await a.page.getByLabel('Invite by username').fill(bob.username);
    await a.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await visible(a.page.getByText(`Invitation sent to ${bob.username}.`));
    await b.page.getByRole('link', { name: /Invitations/ }).click();
    await b.page.getByRole('button', { name: `Accept invitation to ${teamName}` }).click();
    await b.page.waitForURL(new RegExp(`/teams/${teamId}$`), { timeout: LIVE_TIMEOUT });
    await live(a.page);
    await live(b.page);
  });

  it('alice reacts with 👍 from the picker and bob sees the count and who, live', async () => {
    await sendMessage(a.page, lunch);
    assert.equal(await seeMessageOnce(b.page, lunch), 1);

    await messageWith(a.page, lunch).hover();
    await messageWith(a.page, lunch).getByRole('button', { name: 'Add reaction' }).click();
    await a.page.getByRole('group', { name: 'Pick a reaction' }).getByRole('button', { name: `React with ${THUMBS}` }).click();

    await seeCount(a.page, lunch, THUMBS, 1);
    assert.equal(await chip(a.page, lunch, THUMBS).getAttribute('aria-pressed'), 'true');
    await seeCount(b.page, lunch, THUMBS, 1);
    assert.equal(await chip(b.page, lunch, THUMBS).getAttribute('title'), `${alice.displayName} reacted with ${THUMBS}`);
    assert.equal(await chip(b.page, lunch, THUMBS).getAttribute('aria-pressed'), 'false');
  });

  it('bob adds his 👍 with a click on the chip; both see 2, and reactions survive a reload', async () => {
    await chip(b.page, lunch, THUMBS).click();
    await seeCount(b.page, lunch, THUMBS, 2);
    await seeCount(a.page, lunch, THUMBS, 2);
    assert.equal(await chip(a.page, lunch, THUMBS).getAttribute('title'), `You and ${bob.displayName} reacted with ${THUMBS}`);
    await dismissNotices(a.page);
    await screenshot(a.page, 'chat-reactions');

    await b.page.reload();
    await live(b.page);
    await seeCount(b.page, lunch, THUMBS, 2);
    assert.equal(await chip(b.page, lunch, THUMBS).getAttribute('aria-pressed'), 'true');
  });

  it('alice takes her reaction back and bob sees it go, live', async () => {
    await chip(a.page, lunch, THUMBS).click();
    await seeCount(a.page, lunch, THUMBS, 1);
    await seeCount(b.page, lunch, THUMBS, 1);
    assert.equal(await chip(b.page, lunch, THUMBS).getAttribute('title'), `You reacted with ${THUMBS}`);
  });

  it('bob mentions alice: she is notified live, sees the mention highlighted, and finds it in her inbox', async () => {
    const mention = `@${alice.username} can you book a table? ${run}`;
    await sendMessage(b.page, mention);

    await visible(a.page.getByTestId('toast').filter({ hasText: `${bob.displayName} mentioned you in ${teamName}` }));
    const inChat = messageWith(a.page, `can you book a table? ${run}`);
    await visible(inChat);
    assert.match((await inChat.getAttribute('class')) ?? '', /message-mentions-me/);
    assert.equal(await inChat.getByTestId('mention-me').innerText(), `@${alice.username}`);
    assert.equal(await messageWith(b.page, `can you book a table? ${run}`).getByTestId('mention').innerText(), `@${alice.username}`,
      'bob sees the mention marked, not as his own');

    await dismissNotices(a.page);
    await a.page.getByTestId('notification-bell').click();
    const entry = a.page.getByRole('region', { name: 'Notifications' }).getByRole('button', {
      name: new RegExp(`${bob.displayName} mentioned you in ${teamName}: “@${alice.username} can you book a table\\? ${run}”`),
    });
    await visible(entry);
    await screenshot(a.page, 'chat-mention');

    // From elsewhere, the inbox entry opens the team's chat.
    await a.page.keyboard.press('Escape');
    await a.page.goto(`${BASE_URL}/teams`);
    await live(a.page);
    await a.page.getByTestId('notification-bell').click();
    await a.page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: /mentioned you in/ }).first().click();
    await a.page.waitForURL(new RegExp(`/teams/${teamId}$`), { timeout: LIVE_TIMEOUT });
    await visible(messageWith(a.page, `can you book a table? ${run}`).getByTestId('mention-me'));
  });

  it('showed no errors in either browser', () => {
    assert.deepEqual([...a.problems, ...b.problems], []);
  });
});
