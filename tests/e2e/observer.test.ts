// E2E (issue 4 "Main process", "Tests"): the bot is already online elsewhere (a raw gateway
// session on its token, as a production bot would hold), so the app connects in observer mode —
// clearly shown in the status bar — and still shows a member's new message by polling.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messageRow, openConnected, screenshot, statusBar, UI_TIMEOUT, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { postAs, TestKook } from './support/kook';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

/** A bare gateway session (GATEWAY.md: gateway/index, then HELLO), pinging so it stays alive. */
async function holdGateway(kook: TestKook): Promise<{ close(): void }> {
  const { url } = await kook.call<{ url: string }>('gateway/index', { compress: 0 });
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { s?: number };
      if (frame.s === 1) resolve();
    });
    ws.once('error', reject);
  });
  let sn = 0;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { s?: number; sn?: number };
    if (frame.s === 0 && typeof frame.sn === 'number') sn = frame.sn;
  });
  const ping = setInterval(() => ws.send(JSON.stringify({ s: 2, sn })), 10_000);
  return {
    close: () => {
      clearInterval(ping);
      ws.close();
    },
  };
}

describe.skipIf(!HAS_CHROMIUM)('e2e: observer mode', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage | null = null;
  let production: { close(): void } | null = null;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', 9), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    production?.close();
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  it('connects as an observer when the bot is online elsewhere, and polled messages still appear', async () => {
    production = await holdGateway(kook);
    expect((await kook.call<{ online: boolean }>('user/get-online-status')).online).toBe(true);
    const sessionsBefore = (await fetch(`${kook.origin}/_sim/sessions`).then((r) => r.json())) as { data: { items: unknown[] } };
    expect(sessionsBefore.data.items).toHaveLength(1);

    app = await openConnected(browser, web.url, kook, 'Observing');
    const page = app.page;
    await statusBar(page).getByText('Observer mode', { exact: true }).waitFor();
    // No second gateway session was opened on the token.
    const sessions = (await fetch(`${kook.origin}/_sim/sessions`).then((r) => r.json())) as { data: { items: { connected: boolean }[] } };
    expect(sessions.data.items.filter((s) => s.connected)).toHaveLength(1);

    const guild = (await kook.guilds()).find((g) => g.name === 'Indie Game Devs');
    if (!guild) throw new Error('no Indie Game Devs');
    await page.getByRole('button', { name: 'Server Indie Game Devs' }).click();
    const general = await kook.textChannel(guild.id, 'general');
    await page.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: 'Text channel general', exact: true }).click();
    await page.getByRole('region', { name: 'Messages in #general' }).waitFor();
    await page.locator('[data-msg-id]').first().waitFor();

    const text = `observed ${Date.now()}`;
    const msgId = await postAs(kook.origin, await kook.guildOwner(guild.id), general.id, text);
    await messageRow(page, msgId).getByText(text).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'observer-mode');
    expect(app.remoteRequests).toEqual([]);
  });
});
