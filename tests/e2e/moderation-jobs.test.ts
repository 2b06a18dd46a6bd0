// E2E (issue 5 "Tests"): the long moderation actions and the scheduler, in browser mode against a
// simulator in its own process — purge (dry-run count, the archive written before deleting,
// cancelled midway with a case of exactly what went), a multi-select ban, and a temporary ban that
// expires while the app is closed and is carried out, and reported, when it starts again.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CaseView } from '../../shared/ipc';
import { eventually, openConnected, screenshot, type AppPage } from './support/app';
import { openBridge, type BridgeClient } from './support/bridge';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { admin, TestKook, type Channel } from './support/kook';
import { actAs, cases, confirmDialog, dialog, openMember, plainMembers, serverMenu, type ListedMember } from './support/moderation';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const GUILD = 'Small Study Group 学习小组';
const CHANNEL = '资源 resources';

describe.skipIf(!HAS_CHROMIUM)('e2e: moderation jobs and the scheduler', { timeout: 90_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let bridge: BridgeClient;
  let app: AppPage | null = null;
  let guildId: string;
  let channel: Channel;
  let members: ListedMember[];
  const next = (): ListedMember => {
    const m = members.shift();
    if (!m) throw new Error('out of plain members');
    return m;
  };

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', 23), launchChromium()]);
    const guild = (await kook.guilds()).find((g) => g.name === GUILD);
    if (!guild) throw new Error('no study group');
    guildId = guild.id;
    channel = await kook.textChannel(guildId, CHANNEL);
    members = await plainMembers(kook, guildId);
    bridge = await openBridge(web.url);
  }, 60_000);
  afterEach(() => expect(app?.remoteRequests ?? []).toEqual([]));
  afterAll(async () => {
    bridge?.close();
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  async function closeApp(): Promise<void> {
    await app?.close();
    app = null;
  }

  async function openGuild(url: string): Promise<Page> {
    await app?.close();
    app = await openConnected(browser, url, kook);
    const page = app.page;
    await page.getByRole('button', { name: `Server ${GUILD}` }).click();
    await page.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: `Text channel ${CHANNEL}`, exact: true }).click();
    await page.getByRole('region', { name: `Messages in #${CHANNEL}` }).waitFor();
    return page;
  }

  it('purges: dry-run count, the archive on disk, cancelled midway with a case of exactly what went', async () => {
    const page = await openGuild(web.url);
    const spammer = next();
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const posted = await actAs(kook.origin, spammer.id, 'message/create', { target_id: channel.id, type: 1, content: `flood <b>${i}</b>` });
      expect(posted.code).toBe(0);
      ids.push((posted.data as { msg_id: string }).msg_id);
    }
    await serverMenu(page, `Purge messages in #${CHANNEL}`);
    const d = dialog(page, `Purge messages in #${CHANNEL}`);
    await d.getByRole('textbox', { name: 'Authors (user ids)' }).fill(spammer.id);
    await d.getByRole('textbox', { name: 'Containing text' }).fill('flood <b>');
    await d.getByRole('button', { name: 'Preview' }).click();
    const preview = d.getByRole('region', { name: 'Purge preview' });
    await preview.getByRole('status').getByText(/^12 messages will be deleted \(\d+ scanned\)\.$/).waitFor();
    await screenshot(page, 'mod-purge-preview');
    // Nothing deleted by the dry run.
    expect((await kook.messages(channel.id)).filter((m) => ids.includes(m.id))).toHaveLength(12);

    // Slow answers so the purge is still running when it is cancelled.
    await admin(kook.origin, 'latency', { ms: 250 });
    try {
      await d.getByRole('textbox', { name: 'Reason' }).fill('spam wave');
      await d.getByRole('button', { name: 'Delete 12 messages' }).click();
      const job = d.getByRole('group', { name: 'Purge job' });
      await eventually(async () => ((await kook.messages(channel.id)).filter((m) => ids.includes(m.id)).length <= 10 ? true : undefined), 'a few deleted');
      await screenshot(page, 'mod-purge-progress');
      await job.getByRole('button', { name: 'Cancel' }).click();
      await job.getByText('Cancelled').waitFor();
    } finally {
      await admin(kook.origin, 'latency', { ms: 0 });
    }
    const c: CaseView = await eventually(async () => (await cases(bridge, guildId, 'messages.purge'))[0], 'the purge case');
    const before = c.evidence?.before as { count: number; selected: number; deletedIds: string[]; interrupted: string | null };
    const left = (await kook.messages(channel.id)).filter((m) => ids.includes(m.id)).map((m) => m.id);
    expect(before.selected).toBe(12);
    expect(before.count).toBe(before.deletedIds.length);
    expect(before.count + left.length).toBe(12);
    expect(before.count).toBeGreaterThanOrEqual(2);
    expect(before.count).toBeLessThan(12);
    expect(before.deletedIds.some((id) => left.includes(id))).toBe(false);
    expect(c.reason).toBe('spam wave');

    // The archive (JSONL and a readable HTML page) under the data folder holds all 12 selected.
    const archive = c.evidence?.archivePath ?? '';
    expect(path.resolve(archive).startsWith(path.resolve(web.dataDir))).toBe(true);
    const lines = readFileSync(archive, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; content: string; author: { id: string } });
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
    expect(lines.every((l) => l.author.id === spammer.id)).toBe(true);
    const html = readFileSync(archive.replace(/\.jsonl$/, '.html'), 'utf8');
    expect(html).toContain('flood &lt;b&gt;11&lt;/b&gt;');
    expect(html).not.toContain('<b>11</b>');
  });

  it('bans a multi-selection of members, one case each', async () => {
    const page = await openGuild(web.url);
    const targets = [next(), next(), next()];
    const panel = page.getByRole('complementary', { name: 'Members' });
    for (const m of targets) {
      await panel.getByRole('searchbox', { name: 'Search members' }).fill(m.username);
      await panel.getByRole('checkbox', { name: `Select ${m.nickname || m.username}` }).check();
    }
    const bar = page.getByRole('toolbar', { name: 'Selected members' });
    await bar.getByText('3 members selected').waitFor();
    await bar.getByRole('button', { name: 'Ban', exact: true }).click();
    const d = dialog(page, 'Ban selected members');
    await d.getByText('3 members selected').waitFor();
    await screenshot(page, 'mod-mass-ban');
    await confirmDialog(d, 'Ban all', 'raid wave');
    await eventually(async () => {
      const bans = (await kook.call<{ items: { user_id: string }[] }>('blacklist/list', { guild_id: guildId, page_size: 100 })).items.map((b) => b.user_id);
      return targets.every((t) => bans.includes(t.id)) ? true : undefined;
    }, 'all three banned in the simulator');
    const banCases = await eventually(async () => {
      const found = (await cases(bridge, guildId, 'member.ban')).filter((c) => targets.some((t) => t.id === c.targetId));
      return found.length === 3 ? found : undefined;
    }, 'three ban cases');
    expect(banCases.every((c) => c.reason === 'raid wave' && c.result.ok)).toBe(true);
  });

  it('lifts a temporary ban that expired while the app was closed, and says so', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kd-e2e-restart-'));
    const dataDir = path.join(tmp, 'data');
    const m = next();
    const banned = async () =>
      (await kook.call<{ items: { user_id: string }[] }>('blacklist/list', { guild_id: guildId, page_size: 100 })).items.some((b) => b.user_id === m.id);
    // One app per bot: the suite's browser-mode server lets go of the bot first (else the next
    // app would find it online and only observe).
    await closeApp();
    await bridge.call('session:disconnect');
    let first: WebServer | null = await startWebServer({ dataDir });
    let second: WebServer | null = null;
    try {
      const page = await openGuild(first.url);
      const actions = await openMember(page, m);
      await actions.getByRole('button', { name: 'Ban', exact: true }).click();
      const d = dialog(page, 'Ban');
      await d.getByRole('radio', { name: 'Custom' }).check();
      await d.getByRole('spinbutton', { name: 'Custom duration amount' }).fill('1');
      await d.getByRole('combobox', { name: 'Custom duration unit' }).selectOption('minutes');
      await confirmDialog(d, 'Ban', 'one minute to think');
      await eventually(async () => ((await banned()) ? true : undefined), 'the temporary ban in the simulator');
      const firstBridge = await openBridge(first.url);
      const c = await eventually(async () => (await cases(firstBridge, guildId, 'member.ban')).find((x) => x.targetId === m.id), 'the ban case');
      firstBridge.close();
      expect(c.durationMs).toBe(60_000);
      expect(c.expiresAt).toBe(c.createdAt + 60_000);

      // Closed before the minute is up; started again "61 s later" (a test-only clock offset)
      // on the same data folder, while the simulator kept running.
      await closeApp();
      await first.stop();
      first = null;
      expect(await banned()).toBe(true);
      second = await startWebServer({ dataDir, env: { KOOKDESK_CLOCK_OFFSET_MS: '61000' } });
      const later = await openGuild(second.url);
      await eventually(async () => ((await banned()) ? undefined : true), 'the expired ban lifted on start');
      await serverMenu(later, 'Cases');
      const notice = later.getByRole('status', { name: 'Expiries carried out late' });
      await notice.getByText(new RegExp(`^Case #${c.id} \\(Unban, ${m.id}\\) was due .+ and was carried out .+\\.$`)).waitFor();
      await screenshot(later, 'mod-missed-expiry');
      const secondBridge = await openBridge(second.url);
      const unban = await eventually(async () => (await cases(secondBridge, guildId, 'member.unban')).find((x) => x.targetId === m.id), 'the expiry case');
      secondBridge.close();
      expect(unban.reason).toContain(`case #${c.id}`);
    } finally {
      await closeApp();
      await first?.stop();
      await second?.stop();
      if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
    }
  });
});
