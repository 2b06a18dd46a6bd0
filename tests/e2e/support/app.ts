// One fresh browser context per test on browser mode's URL (1440×900), with three recorders the
// assertions use: every request whose host is not loopback (aborted and remembered, the app must
// never make one), the bridge's WebSocket frames in both directions, and console messages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Generous: 2 cores shared with the simulator, browser mode and Chromium. */
export const UI_TIMEOUT = 15_000;

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to reach off loopback (all aborted). */
  remoteRequests: string[];
  /** Frames main sent to the renderer over the bridge. */
  framesReceived: string[];
  /** Frames the renderer sent to main. */
  framesSent: string[];
  consoleLines: string[];
  close(): Promise<void>;
}

function isLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOOPBACK_HOSTS.has(u.hostname);
}

export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const remoteRequests: string[] = [];
  const framesReceived: string[] = [];
  const framesSent: string[] = [];
  const consoleLines: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (isLoopback(target)) return route.continue();
    remoteRequests.push(target);
    return route.abort('blockedbyclient');
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  page.on('websocket', (ws) => {
    if (!isLoopback(ws.url())) remoteRequests.push(ws.url());
    ws.on('framereceived', (f) => framesReceived.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')));
    ws.on('framesent', (f) => framesSent.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')));
  });
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { context, page, remoteRequests, framesReceived, framesSent, consoleLines, close: () => context.close() };
}

/** The status bar reads "Connected" (or another state in `state`). */
export async function waitForState(page: Page, state = 'Connected'): Promise<void> {
  await statusBar(page).getByText(state, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
}

/** The status bar, in either language. */
export function statusBar(page: Page): Locator {
  return page.getByRole('status', { name: /^(Connection status|连接状态)$/ });
}

/** "Connect a bot": profile name, pasted token and the advanced base URL, then Connect. */
export async function connectBot(page: Page, opts: { token: string; baseUrl?: string; name?: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Connect a bot' });
  await form.getByLabel('Profile name').fill(opts.name ?? 'E2E bot');
  await form.getByLabel('Bot token').fill(opts.token);
  if (opts.baseUrl) {
    await form.getByText('Advanced').click();
    await form.getByLabel('API base URL (optional)').fill(opts.baseUrl);
  }
  await form.getByRole('button', { name: 'Connect' }).click();
}

export function messageRows(page: Page): Locator {
  return page.locator('[data-msg-id]');
}

export function messageRow(page: Page, msgId: string): Locator {
  return page.locator(`[data-msg-id="${msgId}"]`);
}

/** The ids of the rendered message rows, top to bottom (virtualized: only those near the viewport). */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.locator('[data-msg-id]').evaluateAll((els) =>
    els
      .map((el) => ({ id: el.getAttribute('data-msg-id') ?? '', top: el.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.id),
  );
}

export function historyScroller(page: Page): Locator {
  return page.locator('.kd-history');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Polls `check` until it returns a value other than undefined (for state outside the page). */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A fresh page on the workspace of a simulator bot: the first page of a browser-mode server
 * pastes the token (with the advanced base URL); later pages find the session already in main.
 */
export async function openConnected(browser: Browser, url: string, bot: { token: string; apiBase: string }, state = 'Connected'): Promise<AppPage> {
  const app = await openApp(browser, url);
  // The status bar appears once main has told the page its session (the start screen shows before).
  await statusBar(app.page).waitFor();
  if (await app.page.getByRole('form', { name: 'Connect a bot' }).isVisible()) {
    await connectBot(app.page, { token: bot.token, baseUrl: bot.apiBase });
  }
  await waitForState(app.page, state);
  // The workspace has finished its first load (guild, channel, history) before a test navigates.
  await app.page.locator('[data-msg-id]').first().waitFor();
  return app;
}

/** Centre of the row relative to the history viewport: 0 = top edge, 1 = bottom edge (NaN when not rendered). */
export async function rowPositionInView(page: Page, msgId: string): Promise<number> {
  const [row, view] = await Promise.all([messageRow(page, msgId).boundingBox(), historyScroller(page).boundingBox()]);
  if (!row || !view) return Number.NaN;
  return (row.y + row.height / 2 - view.y) / view.height;
}
