// E2E (issue 4 "Tests"): the demo server from the start screen, browsing guilds and channels, and
// switching the language, in Debian's Chromium through browser mode.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshot, statusBar, UI_TIMEOUT, waitForState, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { demoWorld } from './support/demoWorld';
import type { Channel, Guild, Message } from './support/kook';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

async function selectedGuildId(page: Page): Promise<string> {
  const id = await page.locator('[data-guild-id]').getAttribute('data-guild-id', { timeout: UI_TIMEOUT });
  if (!id) throw new Error('no message pane');
  return id;
}

describe.skipIf(!HAS_CHROMIUM)('e2e: the demo server', { timeout: 60_000 }, () => {
  let web: WebServer;
  let browser: Browser;
  let app: AppPage | null = null;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebServer({ noDemo: true }), launchChromium()]);
  }, 60_000);
  // The app never reaches off loopback (every other request is aborted and recorded).
  afterEach(() => expect(app?.remoteRequests ?? []).toEqual([]));
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
  }, 30_000);

  async function open(): Promise<Page> {
    await app?.close();
    app = await openApp(browser, web.url);
    return app.page;
  }

  /** A fresh page on the demo workspace, opening the demo first when an earlier test did not. */
  async function openDemo(): Promise<Page> {
    const page = await open();
    // The status bar appears once main has told the page its session (the start screen shows before).
    await statusBar(page).waitFor({ timeout: UI_TIMEOUT });
    const demoButton = page.getByRole('button', { name: 'Open the demo server' });
    if (await demoButton.isVisible()) await demoButton.click();
    await waitForState(page);
    // The workspace has finished its first load (guild, channel, history) before a test navigates.
    await page.locator('[data-msg-id]').first().waitFor();
    return page;
  }

  it('opens the demo server from the start screen: connected, guilds, channels and the latest messages', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Open the demo server' }).click();
    await waitForState(page);
    const bar = statusBar(page);
    await expect(bar.getByText('Demo', { exact: true }).isVisible()).resolves.toBe(true);

    const rail = page.getByRole('navigation', { name: 'Servers' }).getByRole('button');
    await rail.first().waitFor();
    const guildId = await selectedGuildId(page);
    const world = await demoWorld(page, [guildId]);
    const guilds = (await world.call<{ items: Guild[] }>('guild/list')).items;
    expect(guilds.map((g) => g.id)).toEqual([guildId]); // the helper bot is only in this one
    expect(await rail.count()).toBe(4); // the demo world's four guilds

    // The channel tree shows exactly the guild's text and voice channels.
    const channels = (await world.call<{ items: Channel[] }>('channel/list', { guild_id: guildId, page_size: 100 })).items;
    const nav = page.getByRole('navigation', { name: 'Channels' });
    for (const c of channels.filter((x) => x.type === 1)) await nav.getByRole('button', { name: `Text channel ${c.name}`, exact: true }).waitFor();
    for (const c of channels.filter((x) => x.type === 2)) await nav.getByRole('button', { name: `Voice channel ${c.name}`, exact: true }).waitFor();

    // The open channel shows its newest message (the one the simulator lists as latest).
    const current = await nav.locator('[aria-current="page"]').getAttribute('aria-label');
    const shownChannel = channels.find((c) => `Text channel ${c.name}` === current);
    expect(shownChannel).toBeDefined();
    const latest = (await world.call<{ items: Message[] }>('message/list', { target_id: shownChannel?.id ?? '', page_size: 5 })).items;
    const newest = latest.reduce((a, b) => (b.create_at > a.create_at ? b : a));
    await page.locator(`[data-msg-id="${newest.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'demo-open');
    expect(app?.remoteRequests).toEqual([]);
  });

  it('switches guild and channel, and the content follows', async () => {
    const page = await openDemo();
    const firstGuild = await selectedGuildId(page);
    await page.locator('[data-msg-id]').first().waitFor();
    const firstRows = await page.locator('[data-msg-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-msg-id')));
    expect(firstRows.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Server Indie Game Devs' }).click();
    await expect.poll(() => selectedGuildId(page), { timeout: UI_TIMEOUT }).not.toBe(firstGuild);
    const guildId = await selectedGuildId(page);
    await page.getByRole('button', { name: 'Server menu' }).getByText('Indie Game Devs').waitFor();
    const nav = page.getByRole('navigation', { name: 'Channels' });
    await nav.getByRole('button', { name: 'Text channel showcase', exact: true }).click();
    await page.getByRole('region', { name: 'Messages in #showcase' }).waitFor();

    const world = await demoWorld(page, [guildId]);
    const channels = (await world.call<{ items: Channel[] }>('channel/list', { guild_id: guildId, page_size: 100 })).items;
    const showcase = channels.find((c) => c.name === 'showcase');
    const items = (await world.call<{ items: Message[] }>('message/list', { target_id: showcase?.id ?? '', page_size: 5 })).items;
    const newest = items.reduce((a, b) => (b.create_at > a.create_at ? b : a));
    await page.locator(`[data-msg-id="${newest.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    const shown = await page.locator('[data-msg-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-msg-id')));
    expect(shown.some((id) => firstRows.includes(id))).toBe(false);
    expect(await nav.getByRole('button', { name: 'Text channel showcase', exact: true }).getAttribute('aria-current')).toBe('page');

    await nav.getByRole('button', { name: 'Text channel programming', exact: true }).click();
    await page.getByRole('region', { name: 'Messages in #programming' }).waitFor();
    const programming = channels.find((c) => c.name === 'programming');
    const prog = (await world.call<{ items: Message[] }>('message/list', { target_id: programming?.id ?? '', page_size: 5 })).items;
    await page.locator(`[data-msg-id="${prog.reduce((a, b) => (b.create_at > a.create_at ? b : a)).id}"]`).waitFor({ timeout: UI_TIMEOUT });
    await page.locator(`[data-msg-id="${newest.id}"]`).waitFor({ state: 'detached' });
    await screenshot(page, 'demo-browse');
  });

  it('switches the interface to Chinese and back, and remembers the choice in main', async () => {
    const page = await openDemo();
    await page.getByRole('button', { name: 'Server menu' }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '简体中文' }).click();
    await waitForState(page, '已连接');
    await page.getByRole('button', { name: '服务器菜单' }).waitFor();
    await page.getByRole('region', { name: '设置' }).getByText('语言', { exact: true }).waitFor();
    const settingsFile = path.join(web.dataDir, 'settings.json');
    const stored = (): unknown => (JSON.parse(readFileSync(settingsFile, 'utf8')) as { settings?: { language?: unknown } }).settings?.language;
    await expect.poll(stored).toBe('zh-CN');
    await screenshot(page, 'language-zh');

    // A fresh page (a reload) comes up in Chinese: the choice lives in main, not in the page.
    const again = await open();
    await waitForState(again, '已连接');
    expect(await again.locator('html').getAttribute('lang')).toBe('zh-CN');

    await again.getByRole('button', { name: '服务器菜单' }).click();
    await again.getByRole('menuitem', { name: '设置' }).click();
    await again.getByRole('radio', { name: 'English' }).click();
    await waitForState(again, 'Connected');
    await again.getByRole('button', { name: 'Server menu' }).waitFor();
    await expect.poll(stored).toBe('en');
  });
});
