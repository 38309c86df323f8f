// Shared helpers for the end-to-end suite: Debian's Chromium through playwright-core, no download.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const huddleEnv = readFileSync(new URL('../../huddle.env', import.meta.url), 'utf8');
const GATEWAY_PORT = huddleEnv.match(/^HUDDLE_GATEWAY_PORT=(\d+)$/m)[1];
export const BASE_URL = (process.env.HUDDLE_URL ?? `http://localhost:${GATEWAY_PORT}`).replace(/\/$/, '');
export const CHROMIUM = process.env.HUDDLE_CHROMIUM ?? '/usr/bin/chromium';
export const LIVE_TIMEOUT = Number(process.env.HUDDLE_LIVE_TIMEOUT_MS ?? 15_000);
const SCREENSHOTS = process.env.HUDDLE_SCREENSHOTS === '1';
const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** Unique, lowercase, letters and digits only: fits any sensible username rule. */
export const runId = () => Date.now().toString(36).slice(-6) + Math.random().toString(36).slice(2, 4);

/**
 * A browser profile of its own (cookies survive closing and reopening it) with one page;
 * `timezoneId` puts the browser in another time zone than the machine's.
 */
export async function openBrowser(name, { profileDir, viewport = { width: 1280, height: 800 }, timezoneId } = {}) {
  const dir = profileDir ?? (await mkdtemp(path.join(tmpdir(), `huddle-e2e-${name}-`)));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    timezoneId,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = watchForProblems(page, name);
  return { name, dir, context, page, problems };
}

export async function closeBrowser(browser, { keepProfile = false } = {}) {
  await browser.context.close().catch(() => {});
  if (!keepProfile) await rm(browser.dir, { recursive: true, force: true });
}

/**
 * Uncaught exceptions and console errors. Chromium's own network lines ("Failed to load
 * resource" for the expected 401 of /api/me when signed out, WebSocket drops while offline)
 * are not application errors and are left out.
 */
export function watchForProblems(page, name) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`[${name}] uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Failed to load resource|WebSocket connection|ERR_INTERNET_DISCONNECTED|net::ERR_/.test(text)) return;
    problems.push(`[${name}] console: ${text}`);
  });
  return problems;
}

export async function visible(locator, timeout = LIVE_TIMEOUT) {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** A screenshot of the moment something was not there, kept in e2e/.tmp (or HUDDLE_E2E_ARTIFACTS). */
export async function failureShot(page, name) {
  const dir = process.env.HUDDLE_E2E_ARTIFACTS ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '.tmp');
  await mkdir(dir, { recursive: true }).catch(() => {});
  await page.screenshot({ path: path.join(dir, `${Date.now()}-${name}.png`) }).catch(() => {});
}

export async function screenshot(page, name) {
  if (!SCREENSHOTS) return;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

export async function signUp(page, user) {
  await page.goto(`${BASE_URL}/register`);
  await page.getByLabel('Username', { exact: true }).fill(user.username);
  await page.getByLabel('Display name', { exact: true }).fill(user.displayName);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/teams$/, { timeout: LIVE_TIMEOUT });
}

export async function signIn(page, user) {
  await page.getByLabel('Username', { exact: true }).fill(user.username);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until the realtime connection indicator says live. */
export async function live(page, timeout = LIVE_TIMEOUT) {
  await page.locator('[data-testid="connection-status"][data-status="live"]').waitFor({ timeout });
}

export const messageLog = (page) => page.getByTestId('message-log');

export async function sendMessage(page, text) {
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.fill(text);
  await box.press('Enter');
}

/** Waits for a message to be shown, then checks it is shown exactly once. */
export async function seeMessageOnce(page, text, timeout = LIVE_TIMEOUT) {
  const bodies = messageLog(page).locator('.message-body', { hasText: text });
  try {
    await bodies.first().waitFor({ timeout });
  } catch (error) {
    await failureShot(page, 'missing-message');
    throw error;
  }
  // Give a duplicate (e.g. a second copy from the server echo) the time to show up.
  await page.waitForTimeout(300);
  const texts = await bodies.allInnerTexts();
  return texts.filter((t) => t === text).length;
}

/** `YYYY-MM-DDTHH:mm` local time, `days` from now at `hour`:00, for datetime-local inputs. */
export function localDateTime(days, hour) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
