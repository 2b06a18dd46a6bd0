// E2E (issue 4 "Tests"): moderation through the UI, checked in the simulator's world — a role's
// permissions in the role editor, granting and revoking a role, and a member's nickname.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, openConnected, screenshot, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { TestKook } from './support/kook';
import { confirmDialog, dialog } from './support/moderation';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

interface ListedMember {
  id: string;
  username: string;
  nickname: string;
  roles: number[];
  bot: boolean;
}

const ADD_REACTIONS = 1 << 18; // REST.md A.12 bit 18

describe.skipIf(!HAS_CHROMIUM)('e2e: moderation', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage | null = null;
  let guildId: string;
  let member: ListedMember;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', 11), launchChromium()]);
    const guild = (await kook.guilds()).find((g) => g.name === 'Small Study Group 学习小组');
    if (!guild) throw new Error('the demo world has no study group');
    guildId = guild.id;
    // A plain member (no roles, not a bot, not the owner, who outranks the bot) with a name no
    // other member shares.
    const owner = await kook.guildOwner(guildId);
    const listed = (await kook.call<{ items: ListedMember[] }>('guild/user-list', { guild_id: guildId, page_size: 50 })).items;
    const plain = listed.filter((m) => !m.bot && m.roles.length === 0 && m.id !== owner);
    const unique = plain.find((m) => listed.filter((o) => o.username.includes(m.username) || o.nickname.includes(m.username)).length === 1);
    if (!unique) throw new Error('no plain member with a unique name');
    member = unique;
  }, 60_000);
  // The app never reaches off loopback (every other request is aborted and recorded).
  afterEach(() => expect(app?.remoteRequests ?? []).toEqual([]));
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  async function openGuild(): Promise<Page> {
    await app?.close();
    app = await openConnected(browser, web.url, kook);
    await app.page.getByRole('button', { name: 'Server Small Study Group 学习小组' }).click();
    await app.page.getByRole('button', { name: 'Server menu' }).getByText('Small Study Group 学习小组').waitFor();
    return app.page;
  }

  async function openMember(page: Page): Promise<void> {
    const panel = page.getByRole('complementary', { name: 'Members' });
    await panel.getByRole('searchbox', { name: 'Search members' }).fill(member.username);
    const display = member.nickname || member.username;
    await panel.getByRole('button', { name: new RegExp(`^${display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, (Online|Offline)$`) }).click();
    await page.getByRole('complementary', { name: 'Member detail' }).getByText(member.id).waitFor();
  }

  it("edits a role's permissions in the role editor, shows the diff, and the simulator has the new mask", async () => {
    const page = await openGuild();
    const events = (await kook.roles(guildId)).find((r) => r.name === '活动组 Events');
    if (!events) throw new Error('no Events role');
    expect(events.permissions & ADD_REACTIONS).toBe(0);

    await page.getByRole('button', { name: 'Server menu' }).click();
    await page.getByRole('menuitem', { name: 'Roles' }).click();
    const editor = page.getByRole('region', { name: 'Roles' });
    await editor.getByRole('list', { name: 'Roles in position order' }).getByRole('button', { name: '活动组 Events' }).click();
    const form = editor.getByRole('form', { name: '活动组 Events' });
    await form.getByRole('switch', { name: 'Add reactions' }).check();
    await form.getByText('Grant: Add reactions').waitFor();
    await screenshot(page, 'role-editor-diff');
    await form.getByRole('button', { name: 'Save changes' }).click();

    const saved = await eventually(async () => {
      const role = (await kook.roles(guildId)).find((r) => r.role_id === events.role_id);
      return role && role.permissions !== events.permissions ? role : undefined;
    }, 'the new permissions in the simulator');
    expect(saved.permissions).toBe(events.permissions | ADD_REACTIONS);
    await form.getByText('No changes.').waitFor();

    // And back: the toggle off is saved too.
    await form.getByRole('switch', { name: 'Add reactions' }).uncheck();
    await form.getByText('Revoke: Add reactions').waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await eventually(async () => {
      const role = (await kook.roles(guildId)).find((r) => r.role_id === events.role_id);
      return role?.permissions === events.permissions ? true : undefined;
    }, 'the old permissions back in the simulator');
  });

  it('grants a role in member detail and revokes it again', async () => {
    const page = await openGuild();
    const vip = (await kook.roles(guildId)).find((r) => r.name === 'VIP');
    if (!vip) throw new Error('no VIP role');
    await openMember(page);
    const detail = page.getByRole('complementary', { name: 'Member detail' });
    // Granting goes through the moderation dialog, so it is recorded as a case.
    await detail.getByRole('button', { name: 'Grant role', exact: true }).click();
    const grant = dialog(page, 'Grant role');
    await grant.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'VIP' });
    await confirmDialog(grant, 'Grant role');
    await detail.getByRole('button', { name: 'Remove role VIP' }).waitFor();
    await eventually(async () => ((await kook.user(guildId, member.id)).roles.includes(vip.role_id) ? true : undefined), 'VIP granted in the simulator');
    await screenshot(page, 'member-role-granted');

    await detail.getByRole('button', { name: 'Remove role VIP' }).click();
    await detail.getByRole('button', { name: 'Remove role VIP' }).waitFor({ state: 'detached' });
    await eventually(async () => ((await kook.user(guildId, member.id)).roles.includes(vip.role_id) ? undefined : true), 'VIP revoked in the simulator');
    expect((await kook.user(guildId, member.id)).roles).toEqual(member.roles);
  });

  it("renames a member (nickname) and resets the nickname", async () => {
    const page = await openGuild();
    await openMember(page);
    // The nickname form of the detail.
    const detail = page.getByRole('complementary', { name: 'Member detail' }).locator('form').filter({ has: page.getByRole('textbox', { name: 'Nickname' }) });
    const nick = `e2e-nick-${Date.now() % 100_000}`;
    await detail.getByRole('textbox', { name: 'Nickname' }).fill(nick);
    await detail.getByRole('button', { name: 'Save nickname' }).click();
    await eventually(async () => ((await kook.user(guildId, member.id)).nickname === nick ? true : undefined), 'the nickname in the simulator');
    await screenshot(page, 'member-nickname');

    // An empty nickname box resets it.
    await detail.getByRole('textbox', { name: 'Nickname' }).fill('');
    await detail.getByRole('button', { name: 'Save nickname' }).click();
    await eventually(async () => ((await kook.user(guildId, member.id)).nickname !== nick ? true : undefined), 'the nickname reset in the simulator');
    const after = await kook.user(guildId, member.id);
    expect([after.username, '']).toContain(after.nickname);
    expect(await detail.getByRole('textbox', { name: 'Nickname' }).inputValue()).toBe('');
  });
});
