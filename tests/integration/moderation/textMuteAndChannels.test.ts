// Text mutes (both strategies), channel lock / slow mode / lockdown, posting, deleting, and the
// log channel — asserted in the simulator's state and by acting as the member.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/ipc';
import { startModHarness, waitFor, type ModHarness } from './support/modHarness';

let h: ModHarness;
beforeEach(async () => {
  h = await startModHarness();
});
afterEach(async () => {
  await h.close();
});

/** Posts as the member in the first ordinary text channel (no slow mode on it). */
const post = (userId: string, channelId: string) => h.actAs(userId, 'message/create', { target_id: channelId, type: 1, content: 'hello' });
const normalChannel = () => h.detail.channels.find((c) => c.type === 1 && c.name === '游戏讨论')!.id;

describe('text mute', () => {
  it('by overwrites: the member can no longer post (40300) and can again after the undo', async () => {
    const [target] = await h.plainMembers(1);
    const ch = normalChannel();
    expect((await post(target!, ch)).code).toBe(0);
    const c = await h.callCase('moderation:textMute', { guildId: h.guildId, userId: target, reason: 'flooding' });
    expect(c.evidence?.before?.method).toBe('overwrites');
    expect((await post(target!, ch)).code).toBe(40300);
    for (const id of h.textChannelIds) expect(h.sim.world.effectivePermissions(h.guildId, target!, id) & 4096).toBe(0);
    await h.callCase('cases:undo', { caseId: c.id });
    expect((await post(target!, ch)).code).toBe(0);
  });

  it('carries a mute into a text channel created later', async () => {
    const [target] = await h.plainMembers(1);
    await h.callCase('moderation:textMute', { guildId: h.guildId, userId: target });
    const created = await h.actAs(h.detail.guild.user_id, 'channel/create', { guild_id: h.guildId, name: 'new-after-mute', type: 1 });
    const newId = (created.data as { id: string }).id;
    await waitFor(() => (h.sim.world.effectivePermissions(h.guildId, target!, newId) & 4096) === 0, 5000, 'mute synced to the new channel');
    expect((await post(target!, newId)).code).toBe(40300);
  });

  it('by a managed Muted role: created, denied everywhere, conflicting roles reported, unmute revokes it', async () => {
    const settings = await h.call<{ method: string; roleId: number | null; conflictingRoles: { name: string }[] }>('moderation:muteSettings', { guildId: h.guildId, method: 'role' });
    expect(settings.method).toBe('role');
    expect(settings.conflictingRoles.length).toBeGreaterThan(0); // moderators may send in read-only channels
    const [target] = await h.plainMembers(1);
    const c = await h.callCase('moderation:textMute', { guildId: h.guildId, userId: target });
    const roleId = Number(c.evidence?.before?.roleId);
    expect(h.sim.world.getMember(h.guildId, target!)!.roles).toContain(roleId);
    expect((await post(target!, normalChannel())).code).toBe(40300);
    await h.callCase('moderation:textUnmute', { guildId: h.guildId, userId: target });
    expect(h.sim.world.getMember(h.guildId, target!)!.roles).not.toContain(roleId);
    expect((await post(target!, normalChannel())).code).toBe(0);
  });
});

describe('channels', () => {
  it('locks a channel for everyone and the undo restores the overwrite exactly', async () => {
    const [target] = await h.plainMembers(1);
    const ch = normalChannel();
    const before = h.detail.channels.find((c) => c.id === ch)!.permission_overwrites.find((o) => o.role_id === 0);
    type View = { permission_overwrites: { role_id: number; allow: number; deny: number }[]; permission_users: { user: { id: string }; allow: number; deny: number }[] };
    const usersBefore = (await h.call<View>('channels:view', { channelId: ch })).permission_users;
    const c = await h.callCase('moderation:lockChannel', { channelId: ch, reason: 'raid' });
    expect((await post(target!, ch)).code).toBe(40300);
    // The bot keeps its voice in the locked channel (a user overwrite allowing Send messages).
    expect(h.sim.world.effectivePermissions(h.guildId, h.sim.botId, ch) & 4096).toBe(4096);
    const locked = await h.call<View>('channels:view', { channelId: ch });
    expect(locked.permission_users.find((o) => o.user.id === h.sim.botId)?.allow ?? 0).toBe(4096);
    await h.callCase('cases:undo', { caseId: c.id });
    const view = await h.call<View>('channels:view', { channelId: ch });
    expect(view.permission_overwrites.find((o) => o.role_id === 0)).toEqual(before);
    expect(view.permission_users).toEqual(usersBefore);
    expect((await post(target!, ch)).code).toBe(0);
  });

  it('sets slow mode (refusing values KOOK does not allow) and the undo puts it back', async () => {
    const ch = normalChannel();
    const bad = await h.fail('moderation:setSlowMode', { channelId: ch, slowModeMs: 7000 });
    expect(bad.code).toBe('invalid-payload');
    const c = await h.callCase('moderation:setSlowMode', { channelId: ch, slowModeMs: 30000 });
    expect((await h.call<{ slow_mode: number }>('channels:view', { channelId: ch })).slow_mode).toBe(30000);
    await h.callCase('cases:undo', { caseId: c.id });
    expect((await h.call<{ slow_mode: number }>('channels:view', { channelId: ch })).slow_mode).toBe(0);
  });

  it('lockdown locks every text channel as one case; lifting restores every overwrite and slow mode', async () => {
    type View = { slow_mode: number; permission_overwrites: { role_id: number }[]; permission_users: { user: { id: string } }[] };
    // KOOK does not promise an order of overwrites: compare them by role and by user.
    const snapshot = async () =>
      (await Promise.all(h.textChannelIds.map((id) => h.call<View>('channels:view', { channelId: id })))).map((v) => [
        v.slow_mode,
        [...v.permission_overwrites].sort((a, b) => a.role_id - b.role_id),
        [...v.permission_users].sort((a, b) => a.user.id.localeCompare(b.user.id)),
      ]);
    const before = await snapshot();
    const [target] = await h.plainMembers(1);
    const c = await h.callCase('moderation:lockdown', { guildId: h.guildId, slowModeMs: 10000, reason: 'raid' });
    expect((await post(target!, normalChannel())).code).toBe(40300);
    for (const id of h.textChannelIds) expect(h.sim.world.effectivePermissions(h.guildId, h.sim.botId, id) & 4096).toBe(4096);
    expect(h.ctx.moderation!.db().cases.list({ action: 'guild.lockdown' }).total).toBe(1);
    const lift = await h.callCase('cases:undo', { caseId: c.id });
    expect(lift.action).toBe('guild.lockdownLift');
    const after = await snapshot();
    expect(after).toEqual(before);
  });
});

describe('messages and the log channel', () => {
  it('deletes a message keeping its content as evidence, posts as the bot with a quote, and posts cards to the log channel', async () => {
    const logChannel = h.detail.channels.find((c) => c.name === '审核日志')!.id;
    await h.call('cases:setLogChannel', { guildId: h.guildId, channelId: logChannel });
    const ch = normalChannel();
    const [target] = await h.plainMembers(1);
    const sent = await post(target!, ch);
    const msgId = (sent.data as { msg_id: string }).msg_id;
    const del = await h.callCase('moderation:deleteMessage', { msgId, reason: 'rude' });
    expect(del.evidence?.messages?.[0]).toMatchObject({ id: msgId, content: 'hello', authorId: target });
    const before = h.sim.world.messageCount(ch);
    const quoteOf = (await post(target!, ch)).data as { msg_id: string };
    const p = await h.callCase('moderation:post', { channelId: ch, type: 9, content: '**Please** stay on topic', quote: quoteOf.msg_id });
    expect(p.action).toBe('message.post');
    expect(h.sim.world.messageCount(ch)).toBe(before + 2);
    await waitFor(() => h.sent.filter((s) => s === 'POST message/create').length >= 3, 3000, 'cards posted');
    const logged = await h.call<{ items: { type: number; content: string }[] }>('messages:list', { channelId: logChannel, pageSize: 10 });
    const cards = logged.items.filter((m) => m.type === 10);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.some((m) => m.content.includes(`Case #${del.id}`))).toBe(true);
    await waitFor(() => h.events().some((e) => e.type === 'case.recorded' && (e.payload as CaseView).id === p.id), 2000, 'case.recorded pushed');
  });
});
