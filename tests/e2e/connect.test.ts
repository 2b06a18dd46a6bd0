// E2E (issue 4 "Tests" and "Security"): "Connect a bot" with a wrong token (a clear message, no
// profile stored) and with a pasted simulator token, after which the token is nowhere main could
// have put it: bridge frames to the renderer, console, DOM, web storage, the server's output and
// every file under its --data folder (browser mode keeps tokens in memory only).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { connectBot, openApp, screenshot, statusBar, waitForState, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { admin, TestKook } from './support/kook';
import { filesUnder, leaks, pageSurfaces } from './support/security';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const WRONG_TOKEN = '1/MTAxMjM=/wrongWrongWrongWrong0123456789==';

describe.skipIf(!HAS_CHROMIUM)('e2e: connecting a bot', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage | null = null;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', 3), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  function storedProfiles(): unknown[] {
    const file = path.join(web.dataDir, 'settings.json');
    if (!existsSync(file)) return [];
    return (JSON.parse(readFileSync(file, 'utf8')) as { profiles?: unknown[] }).profiles ?? [];
  }

  it('refuses a wrong token with a clear message and stores no profile', async () => {
    app = await openApp(browser, web.url);
    const page = app.page;
    await statusBar(page).waitFor();
    await connectBot(page, { token: WRONG_TOKEN, baseUrl: kook.apiBase, name: 'Wrong' });
    const form = page.getByRole('form', { name: 'Connect a bot' });
    await form.getByRole('alert').getByText('KOOK refused this token.', { exact: false }).waitFor();
    expect(await form.getByLabel('Bot token').inputValue()).toBe('');
    await screenshot(page, 'connect-wrong-token');

    expect(storedProfiles()).toEqual([]);
    expect(await page.getByRole('region', { name: 'Saved profiles' }).count()).toBe(0);
    // The wrong token left the page once, in the connect call, and came back in nothing.
    expect(app.framesSent.filter((f) => f.includes(WRONG_TOKEN))).toHaveLength(1);
    expect(app.framesSent.find((f) => f.includes(WRONG_TOKEN))).toContain('"channel":"session:connect"');
    expect(app.framesReceived.some((f) => leaks(f, WRONG_TOKEN))).toBe(false);
    expect(app.remoteRequests).toEqual([]);
  });

  it('connects with a pasted simulator token, and the token then appears nowhere but in main', async () => {
    await app?.close();
    app = await openApp(browser, web.url);
    const page = app.page;
    await statusBar(page).waitFor();
    await connectBot(page, { token: kook.token, baseUrl: kook.apiBase, name: 'Simulator bot' });
    await waitForState(page);
    // The workspace shows the simulator's world, and main remembered the profile (not the token).
    const guilds = await kook.guilds();
    for (const g of guilds) await page.getByRole('button', { name: `Server ${g.name}` }).waitFor();
    await page.locator('[data-msg-id]').first().waitFor();
    await expect.poll(() => storedProfiles().length).toBe(1);
    expect(JSON.stringify(storedProfiles())).toContain(kook.apiBase);
    await screenshot(page, 'connect-token');

    const token = kook.token;
    // Exactly one frame carried it: the renderer's session.connect call.
    const carrying = app.framesSent.filter((f) => leaks(f, token));
    expect(carrying).toHaveLength(1);
    expect(carrying[0]).toContain('"channel":"session:connect"');
    expect(app.framesReceived.length).toBeGreaterThan(5);
    expect(app.framesReceived.filter((f) => leaks(f, token))).toEqual([]);
    expect(app.consoleLines.filter((l) => leaks(l, token))).toEqual([]);
    const surfaces = await pageSurfaces(page);
    expect(leaks(surfaces.dom, token)).toBe(false);
    expect(surfaces.inputs.filter((v) => leaks(v, token))).toEqual([]);
    expect(leaks(surfaces.storage, token)).toBe(false);
    expect(leaks(web.stdout(), token)).toBe(false);
    expect(leaks(web.stderr(), token)).toBe(false);
    const files = filesUnder(web.dataDir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter(([, text]) => leaks(text, token)).map(([name]) => name)).toEqual([]);
    expect(app.remoteRequests).toEqual([]);
  });

  it('adds a second bot in Settings, switches between the saved profiles and disconnects', async () => {
    // Continues from the connected "Simulator bot" above.
    const page = app!.page;
    const [first, ...others] = await kook.guilds();
    const second = await admin<{ id: string; token: string }>(kook.origin, 'bots', { name: 'Second bot', guild_ids: [first!.id] });
    const openSettings = async () => {
      await page.getByRole('button', { name: /^Server menu/ }).click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      return page.getByRole('region', { name: 'Bot profiles' });
    };
    const row = (profiles: Locator, name: string) => profiles.getByRole('listitem').filter({ hasText: name });
    let profiles = await openSettings();
    await row(profiles, 'Simulator bot').getByText('Connected').waitFor();

    // Adding a bot connects it; the workspace becomes that bot's (only the server it is in).
    await profiles.getByText('Add a bot…').click();
    await connectBot(page, { token: second.token, baseUrl: kook.apiBase, name: 'Second bot' });
    await page.getByRole('button', { name: `Server ${first!.name}` }).waitFor();
    for (const g of others) await expect.poll(() => page.getByRole('button', { name: `Server ${g.name}` }).count()).toBe(0);
    await page.locator('[data-msg-id]').first().waitFor();
    profiles = await openSettings();
    await row(profiles, 'Second bot').getByText('Connected').waitFor();
    await screenshot(page, 'settings-two-profiles');

    await row(profiles, 'Simulator bot').getByRole('button', { name: 'Switch to Simulator bot' }).click();
    for (const g of others) await page.getByRole('button', { name: `Server ${g.name}` }).waitFor();
    await page.locator('[data-msg-id]').first().waitFor();
    profiles = await openSettings();
    await row(profiles, 'Simulator bot').getByText('Connected').waitFor();
    await row(profiles, 'Second bot').getByRole('button', { name: 'Switch to Second bot' }).waitFor();

    await row(profiles, 'Simulator bot').getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('main', { name: 'Welcome to Kookdesk' }).waitFor();
    const saved = page.getByRole('region', { name: 'Saved profiles' });
    await saved.getByRole('button', { name: 'Connect as Simulator bot' }).waitFor();
    await saved.getByRole('button', { name: 'Connect as Second bot' }).waitFor();
    // The second token, too, left the page once (its connect call) and came back in nothing.
    expect(app!.framesSent.filter((f) => leaks(f, second.token))).toHaveLength(1);
    expect(app!.framesReceived.filter((f) => leaks(f, second.token))).toEqual([]);
  });
});
