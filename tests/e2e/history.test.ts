// E2E (issue 4 "Tests"): the message pane against a quiet demo-preset simulator the test owns —
// paging up (`before`) and down (`after`), jumping to a message by its KOOK link, and a live
// message arriving while the moderator reads old history (a counter, not a jump).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, messageRow, openConnected, rowPositionInView, screenshot, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { renderedSpan, wholeHistory } from './support/history';
import { postAs, TestKook, type Channel, type Message } from './support/kook';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.skipIf(!HAS_CHROMIUM)('e2e: reading history', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage | null = null;
  let guildId: string;
  let channel: Channel;
  let other: Channel;
  let all: Message[];
  let index: Map<string, number>;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo'), launchChromium()]);
    const guild = (await kook.guilds()).find((g) => g.name === 'Kookdesk 中文社区');
    if (!guild) throw new Error('the demo world has no Kookdesk 中文社区');
    guildId = guild.id;
    // The text channel with the longest history, and another one to jump from.
    const text = (await kook.channels(guildId)).filter((c) => c.type === 1);
    text.sort((a, b) => kook.sim.world.messageCount(b.id) - kook.sim.world.messageCount(a.id));
    const [longest, second] = text;
    if (!longest || !second) throw new Error('too few text channels');
    channel = longest;
    other = second;
    all = await wholeHistory(kook, channel.id);
    expect(all.length).toBeGreaterThanOrEqual(300);
    index = new Map(all.map((m, i) => [m.id, i]));
  }, 60_000);
  // The app never reaches off loopback (every other request is aborted and recorded).
  afterEach(() => expect(app?.remoteRequests ?? []).toEqual([]));
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  async function openChannel(name: string): Promise<Page> {
    await app?.close();
    app = await openConnected(browser, web.url, kook);
    const page = app.page;
    await page.getByRole('button', { name: `Server ${'Kookdesk 中文社区'}` }).click();
    await page.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: `Text channel ${name}`, exact: true }).click();
    await page.getByRole('region', { name: `Messages in #${name}` }).waitFor();
    return page;
  }

  function calls(flag: string): number {
    return (app?.framesSent ?? []).filter((f) => f.includes('"channel":"messages:list"') && f.includes(`"flag":"${flag}"`)).length;
  }

  it('loads older pages (`before`) when scrolled up and newer ones (`after`) when scrolled down from far back', async () => {
    const page = await openChannel(channel.name);
    const newest = all[all.length - 1];
    await messageRow(page, newest?.id ?? '').waitFor();
    const rows = page.locator('.kd-history-rows');
    const startHeight = await rows.evaluate((el) => el.getBoundingClientRect().height);
    const start = await renderedSpan(page, index);
    expect(start.max).toBe(all.length - 1);

    // Scroll to the top until at least three older pages are in.
    const target = all.length - 1 - 50 * 3;
    await eventually(async () => {
      await page.locator('.kd-history').evaluate((el) => el.scrollTo({ top: 0 }));
      return (await renderedSpan(page, index)).min <= target ? true : undefined;
    }, 'three older pages', 30_000);
    // Taller, not 3× as tall: rows never shown keep estimated heights (an image row's estimate
    // is a typical image), so the first page's height is an estimate until it is scrolled through.
    expect(await rows.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(startHeight * 1.5);
    expect(calls('before')).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'history-older');

    // Jump far back (near the channel's first message), then scroll down: `after` pages follow.
    const far = all[3];
    await page.getByRole('textbox', { name: 'Jump to message' }).fill(far?.id ?? '');
    await page.getByRole('textbox', { name: 'Jump to message' }).press('Enter');
    await messageRow(page, far?.id ?? '').waitFor();
    const afterJump = calls('after');
    await eventually(async () => {
      await page.locator('.kd-history').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      return (await renderedSpan(page, index)).max >= 3 + 150 ? true : undefined;
    }, 'three newer pages', 30_000);
    expect(calls('after') - afterJump).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'history-newer');
  });

  it('jumps to a message by its KOOK link: loaded around it, centred and highlighted', async () => {
    const page = await openChannel(other.name);
    const target = all[Math.floor(all.length / 3)];
    if (!target) throw new Error('no target');
    const link = `https://www.kookapp.cn/app/channels/${guildId}/${channel.id}/${target.id}`;
    const box = page.getByRole('textbox', { name: 'Jump to message' });
    await box.fill(link);
    await box.press('Enter');
    // The link names another channel: the pane switches to it and highlights the target.
    await page.locator(`[data-msg-id="${target.id}"][data-highlighted="true"]`).waitFor();
    await page.getByRole('region', { name: `Messages in #${channel.name}` }).waitFor();
    expect(calls('around')).toBe(1);
    await screenshot(page, 'jump-by-link');
    // Still centred once the highlight has faded, after images above it have loaded.
    await page.locator('[data-highlighted="true"]').waitFor({ state: 'detached' });
    const position = await rowPositionInView(page, target.id);
    expect(position).toBeGreaterThan(0.3);
    expect(position).toBeLessThan(0.7);
    expect(await box.inputValue()).toBe('');
  });

  it('counts a live message while reading old history instead of jumping, and "new messages" goes to it', async () => {
    const page = await openChannel(channel.name);
    const old = all[Math.floor(all.length / 2)];
    if (!old) throw new Error('no target');
    const box = page.getByRole('textbox', { name: 'Jump to message' });
    await box.fill(old.id);
    await box.press('Enter');
    await messageRow(page, old.id).waitFor();
    await eventually(async () => ((await rowPositionInView(page, old.id)) > 0.3 ? true : undefined), 'the jump to settle');
    // The jump keeps the target centred while images above it load; measure once that is over.
    await page.locator('[data-highlighted="true"]').waitFor({ state: 'detached' });
    const before = await rowPositionInView(page, old.id);

    const owner = await kook.guildOwner(guildId);
    const text = `e2e live ${Date.now()}`;
    const liveId = await postAs(kook.origin, owner, channel.id, text);
    const pill = page.getByRole('button', { name: '1 new message' });
    await pill.waitFor();
    // The reader stays where they were: the old message has not moved and the new one is not shown.
    expect(Math.abs((await rowPositionInView(page, old.id)) - before)).toBeLessThan(0.05);
    expect(await messageRow(page, liveId).count()).toBe(0);
    await screenshot(page, 'live-counter');

    await pill.click();
    await messageRow(page, liveId).getByText(text).waitFor();
    await pill.waitFor({ state: 'detached' });
    const position = await rowPositionInView(page, liveId);
    expect(position).toBeGreaterThan(0.5);
    expect(position).toBeLessThanOrEqual(1);
  });

  it('opens the right-click menu of the newest message inside the window (upward at the bottom edge)', async () => {
    const page = await openChannel(channel.name);
    const newest = page.locator('[data-msg-id] .kd-msg').last();
    const row = await newest.boundingBox();
    if (!row) throw new Error('no newest row');
    await newest.click({ button: 'right', position: { x: 20, y: Math.max(2, row.height - 4) } });
    const menu = page.locator('.kd-msg-menu-wrap');
    await menu.getByRole('menuitem', { name: 'Copy message ID' }).waitFor();
    const box = await menu.boundingBox();
    const view = page.viewportSize();
    if (!box || !view) throw new Error('no menu box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });
});
