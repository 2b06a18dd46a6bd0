// E2E (issue 4 "Tests"): server-side member search in the `big` preset's 100,000-member guild,
// connected through "Connect a bot" with the simulator's token and advanced base URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openConnected, screenshot, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { TestKook } from './support/kook';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

interface UserList {
  items: { id: string; username: string; nickname: string }[];
  meta: { total: number };
  user_count: number;
}

describe.skipIf(!HAS_CHROMIUM)('e2e: the big guild', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage | null = null;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('big', 5), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  it('searches the 100,000 members on the server and renders the matches', async () => {
    const [guild] = await kook.guilds();
    if (!guild) throw new Error('no guild');
    // A member from deep in the list whose name few others share, and KOOK's answer to that search.
    const deep = await kook.call<UserList>('guild/user-list', { guild_id: guild.id, page: 1500, page_size: 50 });
    expect(deep.user_count).toBeGreaterThanOrEqual(100_000);
    let known: UserList['items'][number] | undefined;
    let expected: UserList | undefined;
    for (const candidate of deep.items.slice(0, 20)) {
      const answer = await kook.call<UserList>('guild/user-list', { guild_id: guild.id, search: candidate.username, page_size: 50 });
      if (answer.meta.total <= 12 && answer.items.some((m) => m.id === candidate.id)) {
        known = candidate;
        expected = answer;
        break;
      }
    }
    if (!known || !expected) throw new Error('no member with a rare name on page 1500');

    app = await openConnected(browser, web.url, kook);
    const page = app.page;
    const panel = page.getByRole('complementary', { name: 'Members' });
    await panel.getByText('/ 100,0', { exact: false }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search members' }).fill(known.username);
    const list = panel.getByRole('list', { name: 'Member list' });
    const display = known.nickname || known.username;
    await list.getByRole('button', { name: `${display}, Online` }).or(list.getByRole('button', { name: `${display}, Offline` })).first().waitFor();
    // Every rendered row is one of the server's matches.
    const expectedNames = new Set(expected.items.map((m) => m.nickname || m.username));
    const rows = await list.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(rows).toHaveLength(expected.meta.total);
    for (const label of rows) expect(expectedNames.has(label.replace(/, (Online|Offline)$/, ''))).toBe(true);
    await screenshot(page, 'big-member-search');
    expect(app.remoteRequests).toEqual([]);
  });
});
