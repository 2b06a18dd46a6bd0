// E2E (issue 5 "Tests"): every moderation action through the UI of browser mode against a
// simulator in its own process, each checked twice — the effect in the simulator's world (its REST
// as the bot, or a member acting through /_sim/act) and the numbered case main recorded (through
// the bridge and in the Cases view) — plus undo from the Cases view for the reversible ones, a ban
// by another moderator recorded from the event, and a permission the bot lacks explained instead
// of attempted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CaseView } from '../../shared/ipc';
import { eventually, openConnected, screenshot, type AppPage } from './support/app';
import { openBridge, type BridgeClient } from './support/bridge';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { TestKook, type Channel } from './support/kook';
import {
  actAs, cases, confirmDialog, dialog, openMember, plainMembers, recordRequests, serverMenu, tryPost, undoFromCasesView, type ListedMember,
} from './support/moderation';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const GUILD = 'Small Study Group 学习小组';
const CHANNEL = '问答 Q&A';
const OTHER_GUILD = 'Indie Game Devs';
const BAN_MEMBERS = 1 << 7; // REST.md A.12 bit 7

describe.skipIf(!HAS_CHROMIUM)('e2e: moderation actions', { timeout: 60_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let bridge: BridgeClient;
  let app: AppPage;
  let page: Page;
  let guildId: string;
  let channel: Channel;
  let members: ListedMember[];
  /** A different plain member for every test, so no action depends on another's leftovers. */
  const next = (): ListedMember => {
    const m = members.shift();
    if (!m) throw new Error('out of plain members');
    return m;
  };

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', 21), launchChromium()]);
    const guilds = await kook.guilds();
    const guild = guilds.find((g) => g.name === GUILD);
    const other = guilds.find((g) => g.name === OTHER_GUILD);
    if (!guild || !other) throw new Error('the demo world lacks its guilds');
    guildId = guild.id;
    channel = await kook.textChannel(guildId, CHANNEL);
    members = await plainMembers(kook, guildId);
    // In the other guild the bot's own role loses "Ban members" before the app ever connects.
    const owner = await kook.guildOwner(other.id);
    const botRole = (await kook.roles(other.id)).find((r) => r.name === 'Kookdesk Bot');
    if (!botRole) throw new Error('no bot role');
    const updated = await actAs(kook.origin, owner, 'guild-role/update', { guild_id: other.id, role_id: botRole.role_id, permissions: botRole.permissions & ~BAN_MEMBERS });
    if (updated.code !== 0) throw new Error(`could not take "Ban members" from the bot: ${updated.message}`);

    app = await openConnected(browser, web.url, kook);
    page = app.page;
    bridge = await openBridge(web.url);
    await openGuild(GUILD);
  }, 60_000);
  // The app never reaches off loopback (every other request is aborted and recorded).
  afterEach(async () => {
    expect(app?.remoteRequests ?? []).toEqual([]);
    await backToChannel();
  });
  afterAll(async () => {
    bridge?.close();
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  async function openGuild(name: string): Promise<void> {
    await page.getByRole('button', { name: `Server ${name}` }).click();
    await page.getByRole('button', { name: 'Server menu' }).getByText(name).waitFor();
    if (name === GUILD) {
      await page.getByRole('navigation', { name: 'Channels' }).getByRole('button', { name: `Text channel ${CHANNEL}`, exact: true }).click();
      await page.getByRole('region', { name: `Messages in #${CHANNEL}` }).waitFor();
    }
  }

  async function backToChannel(): Promise<void> {
    await page.keyboard.press('Escape');
    const back = page.getByRole('button', { name: '← Back to the channel' });
    if (await back.isVisible()) await back.click();
    const list = page.getByRole('button', { name: 'Back to the member list' });
    if (await list.isVisible()) await list.click();
  }

  /** The newest case of this action on this target, once main has recorded it. */
  function caseOf(action: string, targetId: string, after = 0): Promise<CaseView> {
    return eventually(async () => (await cases(bridge, guildId, action)).find((c) => c.targetId === targetId && c.id > after), `a ${action} case for ${targetId}`);
  }

  async function openCases(): Promise<void> {
    await serverMenu(page, 'Cases');
    await page.getByRole('region', { name: 'Cases' }).waitFor();
  }

  async function bans(): Promise<{ user_id: string; remark: string }[]> {
    return (await kook.call<{ items: { user_id: string; remark: string }[] }>('blacklist/list', { guild_id: guildId, page_size: 100 })).items;
  }

  it('kicks a member: gone from the guild, case recorded and listed', async () => {
    const m = next();
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Kick', exact: true }).click();
    await confirmDialog(dialog(page, 'Kick'), 'Kick', 'spamming links');
    await eventually(async () => ((await kook.call<{ items: { id: string }[] }>('guild/user-list', { guild_id: guildId, search: m.username })).items.some((u) => u.id === m.id) ? undefined : true), 'the member gone');
    const c = await caseOf('member.kick', m.id);
    expect(c).toMatchObject({ reason: 'spamming links', result: { ok: true }, actor: 'E2E bot', undoable: false });
    await openCases();
    await page.getByRole('region', { name: 'Cases' }).getByRole('button', { name: new RegExp(`^Case ${c.id}: Kick, `) }).waitFor();
  });

  it('bans with a reason and a day of messages, unbans from the ban list, and records both', async () => {
    const m = next();
    const posted = await actAs(kook.origin, m.id, 'message/create', { target_id: channel.id, type: 1, content: 'spam spam' });
    expect(posted.code).toBe(0);
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Ban', exact: true }).click();
    const d = dialog(page, 'Ban');
    await d.getByRole('combobox', { name: 'Delete their recent messages' }).selectOption({ label: 'Delete 1 day of their messages' });
    await d.getByRole('textbox', { name: 'Reason' }).fill('raid account');
    await screenshot(page, 'mod-ban-dialog');
    await confirmDialog(d, 'Ban');
    const ban = await eventually(async () => (await bans()).find((b) => b.user_id === m.id), 'the ban in the simulator');
    expect(ban.remark).toContain('raid account');
    // del_msg_days = 1: the member's message of a moment ago is gone.
    expect((await kook.messages(channel.id)).some((msg) => msg.author.id === m.id)).toBe(false);
    const banCase = await caseOf('member.ban', m.id);
    expect(banCase).toMatchObject({ reason: 'raid account', result: { ok: true }, durationMs: null });

    await serverMenu(page, 'Bans');
    const view = page.getByRole('region', { name: 'Bans' });
    await view.getByRole('searchbox', { name: 'Search bans' }).fill(m.username);
    await view.getByRole('button', { name: `Unban ${m.username}` }).click();
    await confirmDialog(dialog(page, 'Unban'), 'Unban', 'appeal accepted');
    await eventually(async () => ((await bans()).some((b) => b.user_id === m.id) ? undefined : true), 'the ban lifted in the simulator');
    expect(await caseOf('member.unban', m.id)).toMatchObject({ reason: 'appeal accepted', result: { ok: true } });
  });

  it('bans by user id from the ban list, and undoes it from the Cases view', async () => {
    const m = next();
    await serverMenu(page, 'Bans');
    const view = page.getByRole('region', { name: 'Bans' });
    await view.getByRole('textbox', { name: 'User id to ban' }).fill(m.id);
    await view.getByRole('button', { name: 'Ban by ID' }).click();
    await confirmDialog(dialog(page, 'Ban'), 'Ban', 'ban evasion');
    await eventually(async () => (await bans()).find((b) => b.user_id === m.id), 'the ban by id in the simulator');
    await view.getByRole('button', { name: new RegExp(`^Unban `) }).first().waitFor();
    const c = await caseOf('member.ban', m.id);
    expect(c.undoable).toBe(true);
    await page.getByRole('button', { name: '← Back to the channel' }).click();
    await openCases();
    await undoFromCasesView(page, c);
    await eventually(async () => ((await bans()).some((b) => b.user_id === m.id) ? undefined : true), 'unbanned by the undo');
    expect(await caseOf('member.unban', m.id)).toMatchObject({ result: { ok: true } });
    expect((await bridge.call<CaseView>('cases:view', { caseId: c.id })).undoneByCaseId).not.toBeNull();
  });

  it('voice-mutes a member and undoes it from the Cases view', async () => {
    const m = next();
    const muted = async () => (await kook.call<{ mic: { user_ids: string[] } }>('guild-mute/list', { guild_id: guildId })).mic.user_ids.includes(m.id);
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Voice mute', exact: true }).click();
    await confirmDialog(dialog(page, 'Voice mute'), 'Mute', 'mic spam');
    await eventually(async () => ((await muted()) ? true : undefined), 'the mic mute in the simulator');
    const c = await caseOf('member.voiceMute', m.id);
    expect(c).toMatchObject({ reason: 'mic spam', undoable: true });
    await openCases();
    await screenshot(page, 'mod-cases-view');
    await undoFromCasesView(page, c);
    await eventually(async () => ((await muted()) ? undefined : true), 'the mic mute lifted');
    expect(await caseOf('member.voiceUnmute', m.id)).toMatchObject({ result: { ok: true } });
  });

  it('text-mutes a member, who then cannot post (40300), and can again after the unmute', async () => {
    const m = next();
    expect(await tryPost(kook.origin, m.id, channel.id)).toBe(0);
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Mute', exact: true }).click();
    const d = dialog(page, 'Mute');
    await d.getByRole('note', { name: 'How the mute works' }).getByText(/per-member channel overwrites/).waitFor();
    await screenshot(page, 'mod-text-mute-dialog');
    await confirmDialog(d, 'Mute', 'cool down');
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 40300 ? true : undefined), 'the member refused (40300)');
    expect(await caseOf('member.textMute', m.id)).toMatchObject({ reason: 'cool down', result: { ok: true }, undoable: true });

    await actions.getByRole('button', { name: 'Unmute', exact: true }).click();
    await confirmDialog(dialog(page, 'Unmute'), 'Unmute', 'served');
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 0 ? true : undefined), 'the member may post again');
    expect(await caseOf('member.textUnmute', m.id)).toMatchObject({ result: { ok: true } });
  });

  it('changes and resets a nickname, and undoes a nickname change from the Cases view', async () => {
    const m = next();
    const nick = async () => (await kook.user(guildId, m.id)).nickname;
    const original = await nick();
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Change nickname', exact: true }).click();
    const d = dialog(page, 'Change nickname');
    await d.getByRole('textbox', { name: 'New nickname' }).fill('Renamed-e2e');
    await confirmDialog(d, 'Change nickname', 'offensive name');
    await eventually(async () => ((await nick()) === 'Renamed-e2e' ? true : undefined), 'the nickname in the simulator');
    const changed = await caseOf('member.nickname', m.id);
    expect(changed).toMatchObject({ reason: 'offensive name', undoable: true });

    await actions.getByRole('button', { name: 'Reset nickname', exact: true }).click();
    await confirmDialog(dialog(page, 'Reset nickname'), 'Reset nickname');
    await eventually(async () => ((await nick()) !== 'Renamed-e2e' ? true : undefined), 'the nickname reset');
    const reset = await caseOf('member.nickname', m.id, changed.id);

    // Undo of the reset restores the nickname it replaced.
    await openCases();
    await undoFromCasesView(page, reset);
    await eventually(async () => ((await nick()) === 'Renamed-e2e' ? true : undefined), 'the nickname restored by the undo');
    expect([original, m.username, '']).toContain(m.nickname || original);
  });

  it('grants and revokes a role, and undoes a grant from the Cases view', async () => {
    const m = next();
    const vip = (await kook.roles(guildId)).find((r) => r.name === 'VIP');
    if (!vip) throw new Error('no VIP role');
    const has = async () => (await kook.user(guildId, m.id)).roles.includes(vip.role_id);
    const actions = await openMember(page, m);
    await actions.getByRole('button', { name: 'Grant role', exact: true }).click();
    let d = dialog(page, 'Grant role');
    await d.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'VIP' });
    await confirmDialog(d, 'Grant role', 'helper');
    await eventually(async () => ((await has()) ? true : undefined), 'VIP granted');
    const grant = await caseOf('member.roleGrant', m.id);

    await actions.getByRole('button', { name: 'Revoke role', exact: true }).click();
    d = dialog(page, 'Revoke role');
    await d.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'VIP' });
    await confirmDialog(d, 'Revoke role');
    await eventually(async () => ((await has()) ? undefined : true), 'VIP revoked');
    expect(await caseOf('member.roleRevoke', m.id)).toMatchObject({ result: { ok: true } });

    // The grant's undo revokes again: grant once more, then undo that grant.
    await actions.getByRole('button', { name: 'Grant role', exact: true }).click();
    d = dialog(page, 'Grant role');
    await d.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'VIP' });
    await confirmDialog(d, 'Grant role');
    await eventually(async () => ((await has()) ? true : undefined), 'VIP granted again');
    const regrant = await caseOf('member.roleGrant', m.id, grant.id);
    await openCases();
    await undoFromCasesView(page, regrant);
    await eventually(async () => ((await has()) ? undefined : true), 'VIP revoked by the undo');
  });

  it('locks and unlocks the channel, sets slow mode, and undoes a lock from the Cases view', async () => {
    const m = next();
    await serverMenu(page, `Lock #${CHANNEL}`);
    await confirmDialog(dialog(page, 'Lock channel'), 'Lock', 'heated thread');
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 40300 ? true : undefined), 'posting refused in the locked channel');
    const lock = await caseOf('channel.lock', channel.id);
    expect(lock).toMatchObject({ reason: 'heated thread', undoable: true });
    await serverMenu(page, `Unlock #${CHANNEL}`);
    await confirmDialog(dialog(page, 'Unlock channel'), 'Unlock');
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 0 ? true : undefined), 'posting allowed again');
    expect(await caseOf('channel.unlock', channel.id)).toMatchObject({ result: { ok: true } });

    await serverMenu(page, `Slow mode for #${CHANNEL}`);
    const d = dialog(page, 'Slow mode');
    await d.getByRole('combobox', { name: 'Slow mode' }).selectOption('30000');
    await confirmDialog(d, 'Set slow mode', 'cool down');
    await eventually(async () => ((await kook.call<{ slow_mode: number }>('channel/view', { target_id: channel.id })).slow_mode === 30_000 ? true : undefined), 'slow mode in the simulator');
    expect(await caseOf('channel.slowMode', channel.id)).toMatchObject({ reason: 'cool down' });
    await serverMenu(page, `Slow mode for #${CHANNEL}`);
    await dialog(page, 'Slow mode').getByRole('combobox', { name: 'Slow mode' }).selectOption('0');
    await confirmDialog(dialog(page, 'Slow mode'), 'Set slow mode');
    await eventually(async () => ((await kook.call<{ slow_mode: number }>('channel/view', { target_id: channel.id })).slow_mode === 0 ? true : undefined), 'slow mode off');

    // One more lock, undone from the Cases view.
    await serverMenu(page, `Lock #${CHANNEL}`);
    await confirmDialog(dialog(page, 'Lock channel'), 'Lock');
    const relock = await caseOf('channel.lock', channel.id, lock.id);
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 40300 ? true : undefined), 'locked again');
    await openCases();
    await undoFromCasesView(page, relock);
    await eventually(async () => ((await tryPost(kook.origin, m.id, channel.id)) === 0 ? true : undefined), 'unlocked by the undo');
  });

  it('locks the whole server down and lifts the lockdown', async () => {
    const m = next();
    const texts = (await kook.channels(guildId)).filter((c) => c.type === 1 && !c.is_category);
    const open = [];
    for (const c of texts) if ((await tryPost(kook.origin, m.id, c.id)) === 0) open.push(c);
    expect(open.length).toBeGreaterThan(1);
    await serverMenu(page, 'Lockdown (raid)');
    const d = dialog(page, 'Lockdown');
    await screenshot(page, 'mod-lockdown-dialog');
    await confirmDialog(d, 'Lock down the server', 'raid');
    for (const c of open) await eventually(async () => ((await tryPost(kook.origin, m.id, c.id)) === 40300 ? true : undefined), `#${c.name} locked`);
    expect(await caseOf('guild.lockdown', guildId)).toMatchObject({ reason: 'raid', result: { ok: true } });
    await serverMenu(page, 'Lift lockdown');
    await confirmDialog(dialog(page, 'Lift lockdown'), 'Lift lockdown', 'raid over');
    for (const c of open) await eventually(async () => ((await tryPost(kook.origin, m.id, c.id)) === 0 ? true : undefined), `#${c.name} open again`);
    expect(await caseOf('guild.lockdownLift', guildId)).toMatchObject({ result: { ok: true } });
  });

  it('posts as the bot with a live KMarkdown preview', async () => {
    await serverMenu(page, `Post as the bot in #${CHANNEL}`);
    const d = dialog(page, `Post as the bot in #${CHANNEL}`);
    const source = '**Rules** reminder: be *kind* ~~please~~';
    await d.getByRole('textbox', { name: 'KMarkdown message' }).fill(source);
    const preview = d.getByRole('region', { name: 'Preview' });
    await preview.locator('strong', { hasText: 'Rules' }).waitFor();
    await expect(preview.locator('em', { hasText: 'kind' }).count()).resolves.toBe(1);
    await screenshot(page, 'mod-composer');
    await d.getByRole('button', { name: 'Send' }).click();
    await d.waitFor({ state: 'detached' });
    const posted = await eventually(async () => (await kook.messages(channel.id)).find((msg) => msg.content === source), 'the post in the simulator');
    expect(posted.author.id).toBe(kook.botId);
    expect((await caseOf('message.post', posted.id)).result).toEqual({ ok: true });
  });

  it('records a ban by another moderator from the event, with the operator', async () => {
    const m = next();
    // Another member becomes a moderator (the owner grants the Moderator role), then bans by hand.
    const mod = next();
    const modRole = (await kook.roles(guildId)).find((r) => r.position === 2);
    if (!modRole) throw new Error('no moderator role');
    const granted = await actAs(kook.origin, await kook.guildOwner(guildId), 'guild-role/grant', { guild_id: guildId, user_id: mod.id, role_id: modRole.role_id });
    expect(granted.code).toBe(0);
    const banned = await actAs(kook.origin, mod.id, 'blacklist/create', { guild_id: guildId, target_id: m.id, remark: 'by hand' });
    expect(banned.code).toBe(0);
    const c = await caseOf('external.ban', m.id);
    expect(c.actor).toBe(mod.id);
    await openCases();
    await page.getByRole('region', { name: 'Cases' }).getByRole('button', { name: new RegExp(`^Case ${c.id}: Banned by someone else, `) }).waitFor();
  });

  it('explains a permission the bot lacks instead of attempting the action', async () => {
    await openGuild(OTHER_GUILD);
    const otherId = (await kook.guilds()).find((g) => g.name === OTHER_GUILD)?.id ?? '';
    const [target] = await plainMembers(kook, otherId);
    if (!target) throw new Error('no plain member in the other guild');
    const requests = recordRequests(kook);
    try {
      const actions = await openMember(page, target);
      await actions.getByRole('button', { name: 'Ban', exact: true }).click();
      const d = dialog(page, 'Ban');
      const why = d.getByRole('alert', { name: 'Why the bot cannot do this' });
      await why.getByText("The bot lacks 'Ban members' in this guild").waitFor();
      await expect(d.getByRole('button', { name: 'Ban', exact: true }).isDisabled()).resolves.toBe(true);
      await screenshot(page, 'mod-permission-missing');
      // Enter does not send it either.
      await d.getByRole('textbox', { name: 'Reason' }).fill('try anyway');
      await d.getByRole('textbox', { name: 'Reason' }).press('Enter');
      await page.waitForTimeout(300);
      await d.getByRole('button', { name: 'Cancel' }).click();
      expect(requests.seen.filter((r) => r.endsWith(' guild/moderation'))).toEqual([]);
      // The bot may not even list bans there: the owner looks.
      const list = await actAs(kook.origin, await kook.guildOwner(otherId), 'blacklist/list', { guild_id: otherId });
      expect(list.code).toBe(0);
      expect(JSON.stringify(list.data)).not.toContain(target.id);
    } finally {
      requests.stop();
      await openGuild(GUILD);
    }
  });
});
