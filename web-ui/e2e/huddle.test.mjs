// End-to-end: two people, two browsers, the real gateway (HUDDLE_URL, default the gateway port of huddle.env).
// Run with `npm run e2e`; HUDDLE_SCREENSHOTS=1 also saves the main screens to docs/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  LIVE_TIMEOUT,
  closeBrowser,
  live,
  localDateTime,
  messageLog,
  openBrowser,
  runId,
  screenshot,
  seeMessageOnce,
  sendMessage,
  signIn,
  signUp,
  visible,
} from './support.mjs';

const run = runId();
const password = `Huddle-e2e-${run}!`;
const alice = { username: `alice${run}`, displayName: `Alice ${run}`, password };
const bob = { username: `bob${run}`, displayName: `Bob ${run}`, password };
const teamName = `Launch crew ${run}`;
const eventTitle = `Retro and pizza ${run}`;

describe(`Huddle end to end against ${BASE_URL}`, { timeout: 240_000 }, () => {
  let a; // alice's browser
  let b; // bob's browser
  let teamId;
  const problems = [];

  before(async () => {
    a = await openBrowser('alice');
    b = await openBrowser('bob');
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it('signs up alice and bob, each landing on their teams', async () => {
    await a.page.goto(`${BASE_URL}/login`);
    await visible(a.page.getByRole('heading', { name: 'Sign in' }));
    await screenshot(a.page, 'sign-in');
    await signUp(a.page, alice);
    await signUp(b.page, bob);
    await visible(a.page.getByRole('heading', { name: 'Your teams' }));
    await live(a.page);
    await live(b.page);
  });

  it('keeps the session across a reload', async () => {
    await a.page.reload();
    await visible(a.page.getByRole('heading', { name: 'Your teams' }));
    await visible(a.page.getByText(alice.displayName, { exact: true }));
  });

  it('alice creates a team and opens it', async () => {
    await a.page.getByLabel('Team name', { exact: true }).fill(teamName);
    await a.page.getByRole('button', { name: 'Create team' }).click();
    await a.page.waitForURL(/\/teams\/\d+$/, { timeout: LIVE_TIMEOUT });
    teamId = Number(new URL(a.page.url()).pathname.split('/').pop());
    await visible(a.page.getByRole('heading', { name: teamName }));
    await live(a.page);
  });

  it('alice invites bob and bob sees the invitation live, then accepts', async () => {
    await b.page.getByRole('link', { name: /Invitations/ }).click();
    await visible(b.page.getByRole('heading', { name: 'Invitations' }));

    await a.page.getByRole('tab', { name: /Members/ }).click();
    const invite = a.page.getByLabel('Invite by username');
    await invite.fill(`nobody${run}`);
    await a.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await visible(a.page.getByText(`There is no user called “nobody${run}”.`));
    await invite.fill(bob.username);
    await a.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await visible(a.page.getByText(`Invitation sent to ${bob.username}.`));

    // No reload: the personal queue brings it.
    const card = b.page.getByTestId('invitation').filter({ hasText: teamName });
    await visible(card);
    await screenshot(b.page, 'invitations');

    await invite.fill(bob.username);
    await a.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await visible(a.page.locator('.field-error'));

    await b.page.getByRole('button', { name: `Accept invitation to ${teamName}` }).click();
    await b.page.waitForURL(new RegExp(`/teams/${teamId}$`), { timeout: LIVE_TIMEOUT });
    await visible(b.page.getByRole('heading', { name: teamName }));
    // Alice's member list learns about bob live (member.joined).
    await visible(a.page.getByRole('list', { name: 'Members' }).getByText(bob.displayName));
  });

  it('they chat both ways in real time, each message shown once', async () => {
    await live(b.page);
    const hello = `Hi Bob, welcome aboard! (${run})`;
    await sendMessage(a.page, hello);
    assert.equal(await seeMessageOnce(a.page, hello), 1, 'alice sees her own message once');
    assert.equal(await seeMessageOnce(b.page, hello), 1, 'bob sees alice’s message once');

    const reply = `Thanks Alice — glad to be here. (${run})`;
    await sendMessage(b.page, reply);
    assert.equal(await seeMessageOnce(a.page, reply), 1, 'alice sees bob’s reply once');
    assert.equal(await seeMessageOnce(b.page, reply), 1, 'bob sees his own reply once');
    await screenshot(a.page, 'team-chat');
  });

  it('alice edits and then deletes her message; bob sees both live', async () => {
    const typo = `Standup moves to 10:30, bring snaks (${run})`;
    const fixed = `Standup moves to 10:30, bring snacks (${run})`;
    await sendMessage(a.page, typo);
    assert.equal(await seeMessageOnce(b.page, typo), 1, 'bob sees the first version');

    const own = messageLog(a.page).getByTestId('message').filter({ hasText: typo });
    await own.hover();
    await own.getByRole('button', { name: 'Edit message' }).click();
    // While it is edited, the text is the box's value, which hasText no longer matches.
    const box = messageLog(a.page).getByRole('textbox', { name: 'Edit message' });
    await box.fill(fixed);
    await box.press('Enter');

    // Bob did not reload: the chat.message.edited envelope rewrote the message in place.
    const bobSees = messageLog(b.page).getByTestId('message').filter({ hasText: fixed });
    await visible(bobSees.getByText('(edited)'));
    assert.equal(await messageLog(b.page).getByText(typo).count(), 0, 'the old text is gone for bob');
    await screenshot(b.page, 'chat-edited');

    const edited = messageLog(a.page).getByTestId('message').filter({ hasText: fixed });
    await edited.hover();
    await edited.getByRole('button', { name: 'Delete message' }).click();
    await edited.getByRole('button', { name: 'Delete', exact: true }).click();
    await visible(messageLog(a.page).getByTestId('message-deleted'));

    await visible(messageLog(b.page).getByTestId('message-deleted'));
    assert.equal(await messageLog(b.page).getByText(fixed).count(), 0, 'the deleted text is gone for bob');
    // Bob may not edit or delete alice's messages; his own reply still offers both.
    const bobsReply = messageLog(b.page).getByTestId('message').filter({ hasText: 'glad to be here' });
    assert.equal(await messageLog(b.page).getByRole('button', { name: 'Edit message' }).count(), 1);
    assert.equal(await bobsReply.getByRole('button', { name: 'Edit message' }).count(), 1);
  });

  it('bob creates an event and alice gets the live notice', async () => {
    await b.page.getByRole('tab', { name: 'Events' }).click();
    await b.page.getByRole('button', { name: 'New event' }).click();
    await b.page.getByLabel('Title', { exact: true }).fill(eventTitle);
    await b.page.getByLabel('Starts', { exact: true }).fill(localDateTime(3, 17));
    await b.page.getByLabel('Ends', { exact: true }).fill(localDateTime(3, 16));
    await b.page.getByRole('button', { name: 'Create event' }).click();
    await visible(b.page.getByText('The end must be after the start'));
    await b.page.getByLabel('Ends', { exact: true }).fill(localDateTime(3, 19));
    await b.page.getByLabel('Location', { exact: true }).fill('Kitchen, 3rd floor');
    await b.page.getByRole('button', { name: 'Create event' }).click();
    await visible(b.page.getByTestId('event').filter({ hasText: eventTitle }));

    await visible(a.page.getByTestId('toast').filter({ hasText: eventTitle }));
    await a.page.getByRole('tab', { name: 'Events' }).click();
    await visible(a.page.getByTestId('event').filter({ hasText: eventTitle }));
    await screenshot(a.page, 'team-events');
  });

  it('alice opens the notification bell', async () => {
    await a.page.getByTestId('notification-bell').click();
    const inbox = a.page.getByRole('region', { name: 'Notifications' });
    await visible(inbox.getByRole('listitem').first());
    await screenshot(a.page, 'notifications');
    await a.page.keyboard.press('Escape');
    await a.page.getByTestId('unread-count').waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
  });

  it('bob goes offline, alice posts, bob comes back and sees what he missed', async () => {
    const bobProfile = b.dir;
    problems.push(...b.problems);
    await closeBrowser(b, { keepProfile: true });
    b = undefined;

    const missed = [`While you were away #1 (${run})`, `While you were away #2 (${run})`];
    for (const text of missed) {
      await sendMessage(a.page, text);
      assert.equal(await seeMessageOnce(a.page, text), 1);
    }

    b = await openBrowser('bob', { profileDir: bobProfile });
    await b.page.goto(`${BASE_URL}/teams/${teamId}`);
    // A browser-session cookie may not survive the browser closing: sign in again if asked.
    const signInHeading = b.page.getByRole('heading', { name: 'Sign in' });
    await visible(messageLog(b.page).or(signInHeading));
    if (await signInHeading.isVisible()) {
      await signIn(b.page, bob);
      await b.page.waitForURL(new RegExp(`/teams/${teamId}$`), { timeout: LIVE_TIMEOUT });
    }
    for (const text of missed) assert.equal(await seeMessageOnce(b.page, text), 1, `bob sees “${text}” once`);
    await live(b.page);
  });

  it('bob loses the network without reloading and catches up when it returns', async () => {
    await b.context.setOffline(true);
    await b.page.locator('[data-testid="connection-status"]:not([data-status="live"])').waitFor({ timeout: 30_000 });
    await screenshot(b.page, 'offline-indicator');
    const text = `Sent while bob's network was down (${run})`;
    await sendMessage(a.page, text);
    assert.equal(await seeMessageOnce(a.page, text), 1);
    await b.context.setOffline(false);
    assert.equal(await seeMessageOnce(b.page, text, 60_000), 1, 'bob catches up after reconnecting');
    await live(b.page, 60_000);
  });

  it('works at phone width', async () => {
    const phone = await a.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${BASE_URL}/teams/${teamId}`);
    await visible(phone.getByRole('tab', { name: 'Chat' }));
    await visible(messageLog(phone).getByText(`Thanks Alice — glad to be here. (${run})`));
    await screenshot(phone, 'team-phone');
    await phone.close();
  });

  it('signs out and the session is gone', async () => {
    await a.page.goto(`${BASE_URL}/teams`);
    await visible(a.page.getByRole('heading', { name: 'Your teams' }));
    await screenshot(a.page, 'teams');
    await a.page.getByRole('button', { name: 'Sign out' }).click();
    await a.page.waitForURL(/\/login/, { timeout: LIVE_TIMEOUT });
    await a.page.goto(`${BASE_URL}/teams/${teamId}`);
    await a.page.waitForURL(/\/login/, { timeout: LIVE_TIMEOUT });
  });

  it('logged no application errors in the browsers', () => {
    const all = [...problems, ...(a?.problems ?? []), ...(b?.problems ?? [])];
    assert.deepEqual(all, []);
  });
});
