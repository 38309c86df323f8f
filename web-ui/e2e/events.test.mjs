// End-to-end for team events (issue 14): two people in different time zones plan an event,
// answer it, change it and cancel it, each seeing the other's doing live; the .ics download and
// the calendar feed are parsed with ical.js, which did not write them.
// Run with `npm run e2e` (or just this file); HUDDLE_SCREENSHOTS=1 also saves the event screens.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import {
  BASE_URL,
  LIVE_TIMEOUT,
  closeBrowser,
  failureShot,
  live,
  localDateTime,
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
const teamName = `Choir ${run}`;
const title = `Rehearsal ${run}`;

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs, and returns its events. */
function parseCalendar(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The wall-clock time of `iso` in `zone` as either a 24-hour or a 12-hour locale writes it. */
const clock = (iso, zone) => {
  const as = (locale) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return new RegExp(`(${as('en-GB')}|${as('en-US')})`);
};

/** `YYYY-MM-DDTHH:mm` as the clocks of `zone` show `date`, for a datetime-local input. */
const wallClock = (date, zone) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
};

const eventCard = (page) => page.getByTestId('event').filter({ hasText: title });
const goingCount = (page) => eventCard(page).getByTestId('rsvp-count-going');
const activity = (page, kind) => messageLog(page).locator(`[data-testid="event-activity"][data-kind="${kind}"]`, { hasText: title });

describe(`Team events end to end against ${BASE_URL}`, { timeout: 300_000 }, () => {
  let a; // alice's browser, in Oslo
  let b; // bob's browser, in New York
  let teamId;
  let event; // as the API returns it

  before(async () => {
    a = await openBrowser('alice', { timezoneId: 'Europe/Oslo' });
    b = await openBrowser('bob', { timezoneId: 'America/New_York' });
  });

  after(async () => {
    for (const browser of [a, b]) if (browser) await closeBrowser(browser);
  });

  it('alice and bob are in one team', async () => {
    await signUp(a.page, alice);
    await signUp(b.page, bob);
    // Bob's invitation reaches his open Invitations list over his socket: it must be up first.
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
    await b.page.getByRole('tab', { name: 'Events' }).click();
  });

  it('alice plans an event in her own zone; both see it in theirs, and a card in the chat', async () => {
    await a.page.getByRole('tab', { name: 'Events' }).click();
    await a.page.getByRole('button', { name: 'New event' }).click();
    const form = a.page.getByRole('form', { name: 'New event' });
    assert.equal(await form.getByLabel('Time zone').inputValue(), 'Europe/Oslo', 'the form starts in the browser’s zone');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Starts', { exact: true }).fill(localDateTime(3, 18));
    await form.getByLabel('Ends', { exact: true }).fill(localDateTime(3, 20));
    await form.getByLabel('Location', { exact: true }).fill('Church hall');
    await form.getByRole('button', { name: 'Create event' }).click();
    await visible(eventCard(a.page));

    const events = await a.page.evaluate(
      (id) => fetch(`/api/teams/${id}/events?when=upcoming`).then((r) => r.json()),
      teamId,
    );
    event = events.find((e) => e.title === title);
    assert.equal(event.timeZone, 'Europe/Oslo');

    // Alice reads Oslo time; bob reads New York time and is told the event's own zone.
    await visible(eventCard(a.page).getByTestId('event-when').filter({ hasText: clock(event.startsAt, 'Europe/Oslo') }));
    assert.equal(await eventCard(a.page).getByTestId('event-own-zone').count(), 0);
    await visible(eventCard(b.page).getByTestId('event-when').filter({ hasText: clock(event.startsAt, 'America/New_York') }));
    await visible(eventCard(b.page).getByTestId('event-own-zone').filter({ hasText: /in Oslo$/ }));

    await visible(activity(a.page, 'created'));
    await visible(activity(b.page, 'created'));
  });

  it('bob answers “Going” and alice sees the count change live', async () => {
    assert.equal(await goingCount(a.page).innerText(), '0');
    await eventCard(b.page).getByRole('button', { name: /^Going/ }).click();
    await visible(eventCard(b.page).locator('[data-testid="rsvp-going"][aria-pressed="true"]'));
    await eventCard(a.page).getByTestId('rsvp-count-going').filter({ hasText: /^1$/ }).waitFor({ timeout: LIVE_TIMEOUT });
    await visible(eventCard(a.page).locator('.rsvp-who').getByText(bob.displayName));

    await eventCard(a.page).getByRole('button', { name: /^Maybe/ }).click();
    await eventCard(b.page).getByTestId('rsvp-count-maybe').filter({ hasText: /^1$/ }).waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(a.page, 'events-rsvp');
  });

  it('alice moves it to another place; bob sees it live, in the chat and in his inbox', async () => {
    await eventCard(a.page).getByRole('button', { name: 'Edit' }).click();
    const form = a.page.getByRole('form', { name: `Edit ${title}` });
    assert.equal(await form.getByLabel('Starts').inputValue(), localDateTime(3, 18), 'the form shows the event’s own clock');
    await form.getByLabel('Location', { exact: true }).fill('Crypt, downstairs');
    await screenshot(a.page, 'event-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();

    await visible(eventCard(b.page).getByText('Crypt, downstairs'));
    await visible(activity(b.page, 'updated'));
    await visible(activity(a.page, 'updated'));

    // Bob said he is going, so the change of place is in his inbox, told readably.
    await b.page.getByTestId('notification-bell').click();
    const inbox = b.page.getByRole('region', { name: 'Notifications' });
    await visible(inbox.getByText(/Changed \(place\).*Crypt, downstairs/));
    await b.page.keyboard.press('Escape');
  });

  it('the event cards are still in the chat after a reload', async () => {
    await b.page.reload();
    await visible(activity(b.page, 'created'));
    await visible(activity(b.page, 'updated'));
    await live(b.page);
    await screenshot(b.page, 'event-chat-card');
    await b.page.getByRole('tab', { name: 'Events' }).click();
    await visible(eventCard(b.page).locator('[data-testid="rsvp-going"][aria-pressed="true"]'));
  });

  it('“Add to calendar” downloads an .ics file that ical.js reads with the event’s time and zone', async () => {
    const [download] = await Promise.all([
      a.page.waitForEvent('download', { timeout: LIVE_TIMEOUT }),
      eventCard(a.page).getByRole('link', { name: `Add ${title} to calendar` }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const { events } = parseCalendar(await readFile(await download.path(), 'utf8'));
    assert.equal(events.length, 1);
    const [vevent] = events;
    assert.equal(vevent.summary, title);
    assert.equal(vevent.location, 'Crypt, downstairs');
    assert.equal(vevent.startDate.zone.tzid, 'Europe/Oslo', 'DTSTART is in the event’s zone');
    assert.equal(vevent.startDate.hour, 18);
    assert.equal(vevent.startDate.toJSDate().toISOString(), new Date(event.startsAt).toISOString());
    assert.equal(vevent.endDate.hour, 20);
  });

  it('alice sets her reminders and makes a calendar feed that a calendar app could read without a session', async () => {
    await a.page.getByTestId('account-menu').click();
    const menu = a.page.getByRole('region', { name: 'Reminders and calendar' });
    await menu.getByLabel('Remind me of events').selectOption('P1D');
    await visible(menu.getByText('Saved.'));
    await menu.getByRole('button', { name: /Create feed|Make a new address/ }).click();
    const urlBox = menu.getByTestId('calendar-feed-url');
    await visible(urlBox);
    await visible(menu.getByText(/shown only once/));
    const url = await urlBox.inputValue();
    assert.match(url, /\/api\/calendar\/[^/]+\.ics$/);

    // Fetched from here, with no cookie: the secret in the URL is the credential.
    const response = await fetch(new URL(new URL(url).pathname, BASE_URL));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/calendar/);
    const { calendar, events } = parseCalendar(await response.text());
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), `Huddle – ${alice.username}`);
    const inFeed = events.find((e) => e.summary === title);
    assert.ok(inFeed, 'the event is in the feed');
    assert.equal(inFeed.startDate.toJSDate().toISOString(), new Date(event.startsAt).toISOString());

    await a.page.keyboard.press('Escape');
    await a.page.reload();
    await a.page.getByTestId('account-menu').click();
    assert.equal(await menu.getByLabel('Remind me of events').inputValue(), 'P1D', 'the choice is kept');
    await visible(menu.getByText(/Its address was shown once/));
    await menu.getByRole('button', { name: 'Revoke feed' }).click();
    await menu.getByRole('button', { name: 'Revoke', exact: true }).click();
    await visible(menu.getByText('You have no feed.'));
    assert.equal((await fetch(new URL(new URL(url).pathname, BASE_URL))).status, 404, 'a revoked feed is gone');
    await a.page.keyboard.press('Escape');
    await live(a.page);
  });

  it('an event starting within the reminder time reminds both of them, live and in the inbox', async () => {
    // Bob keeps the default (1 hour before), alice chose 1 day: both are due at once.
    const warmUp = `Warm-up ${run}`;
    await b.page.getByRole('button', { name: 'New event' }).click();
    const form = b.page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Title', { exact: true }).fill(warmUp);
    await form.getByLabel('Starts', { exact: true }).fill(wallClock(new Date(Date.now() + 30 * 60_000), 'America/New_York'));
    await form.getByRole('button', { name: 'Create event' }).click();
    await visible(b.page.getByTestId('event').filter({ hasText: warmUp }));

    for (const page of [a.page, b.page]) {
      await visible(page.getByTestId('toast').filter({ hasText: `Reminder: “${warmUp}”` }), 60_000);
    }
    await a.page.getByTestId('notification-bell').click();
    await visible(a.page.getByRole('region', { name: 'Notifications' }).getByText(`Reminder: “${warmUp}”`, { exact: false }));
    await a.page.keyboard.press('Escape');
  });

  it('alice cancels after confirming; the event disappears from both screens', async () => {
    await a.page.keyboard.press('Escape'); // whatever menu an earlier step left open
    await a.page.getByRole('tab', { name: 'Events' }).click();
    await eventCard(a.page).getByRole('button', { name: 'Cancel event' }).click();
    const confirm = a.page.getByRole('group', { name: `Confirm cancelling ${title}` });
    await confirm.getByRole('button', { name: 'Cancel event' }).click();
    try {
      await eventCard(a.page).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      await eventCard(b.page).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    } catch (error) {
      await failureShot(b.page, 'event-not-gone');
      throw error;
    }
    await visible(activity(a.page, 'cancelled'));
    await visible(activity(b.page, 'cancelled'));
    await b.page.getByTestId('notification-bell').click();
    await visible(b.page.getByRole('region', { name: 'Notifications' }).getByText(new RegExp(`${alice.displayName} cancelled`)));
    await b.page.keyboard.press('Escape');
  });

  it('logged no application errors in the browsers', () => {
    assert.deepEqual([...(a?.problems ?? []), ...(b?.problems ?? [])], []);
  });
});
