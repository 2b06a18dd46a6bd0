// Member actions against the real simulator: the effect in the simulator's state AND the case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BanView, CaseView, PermissionCheck } from '../../../shared/ipc';
import { startModHarness, type ModHarness } from './support/modHarness';

let h: ModHarness;
beforeEach(async () => {
  h = await startModHarness();
});
afterEach(async () => {
  await h.close();
});

const member = (userId: string) => h.sim.world.getMember(h.guildId, userId);

describe('kick and ban', () => {
  it('kicks with a DM of the reason first and records the case', async () => {
    const [target] = await h.plainMembers(1);
    const c = await h.callCase('moderation:kick', { guildId: h.guildId, userId: target, reason: 'spam links', notify: true });
    expect(member(target!)).toBeNull();
    expect(c).toMatchObject({ action: 'member.kick', targetId: target, reason: 'spam links', actor: 'Sim bot', result: { ok: true }, undoable: false });
    expect(c.evidence?.before?.dm).toBe('sent');
    expect(h.sent.indexOf('POST direct-message/create')).toBeLessThan(h.sent.indexOf('POST guild/kickout'));
  });

  it('bans with remark and days, lists the ban with search, and the undo unbans as a linked case', async () => {
    const [target] = await h.plainMembers(1);
    const c = await h.callCase('moderation:ban', { guildId: h.guildId, userId: target, reason: 'raid account', delMsgDays: 7 });
    expect(member(target!)).toBeNull();
    const bans = await h.call<{ items: BanView[]; total: number }>('moderation:listBans', { guildId: h.guildId, search: 'raid' });
    expect(bans.items.map((b) => b.userId)).toContain(target);
    expect(bans.items.find((b) => b.userId === target)?.remark).toBe('raid account');
    const undo = await h.callCase('cases:undo', { caseId: c.id });
    expect(undo).toMatchObject({ action: 'member.unban', targetId: target, result: { ok: true } });
    const after = await h.call<{ items: BanView[] }>('moderation:listBans', { guildId: h.guildId });
    expect(after.items.map((b) => b.userId)).not.toContain(target);
    expect((await h.callCase('cases:view', { caseId: c.id })).undoneByCaseId).toBe(undo.id);
  });

  it('bans by user id an account that already left the guild', async () => {
    const [target] = await h.plainMembers(1);
    await h.admin('leave', { guild_id: h.guildId, user_id: target });
    const c = await h.callCase('moderation:ban', { guildId: h.guildId, userId: target, reason: 'ban evasion' });
    expect(c.result.ok).toBe(true);
    expect(c.evidence?.before?.member).toBe(false);
    const bans = await h.call<{ items: BanView[] }>('moderation:listBans', { guildId: h.guildId, search: target });
    expect(bans.items).toHaveLength(1);
  });
});

describe('the pre-check', () => {
  it('explains a kick of someone senior (hierarchy) and sends NO request for it', async () => {
    const mod = await h.moderator();
    const check = await h.call<PermissionCheck>('moderation:check', { guildId: h.guildId, action: 'kick', targetUserId: mod });
    expect(check).toEqual({ allowed: false, missing: [], hierarchy: 'target-ranks-higher' });
    const err = await h.fail('moderation:kick', { guildId: h.guildId, userId: mod, reason: 'x' });
    expect(err.code).toBe('missing-permission');
    expect(err.details).toMatchObject({ missing: [], hierarchy: 'target-ranks-higher' });
    expect(h.sent).not.toContain('POST guild/kickout');
    expect(member(mod)).not.toBeNull();
  });

  it('refuses the owner and names a missing permission once the bot role loses it', async () => {
    const owner = h.detail.guild.user_id;
    expect((await h.call<PermissionCheck>('moderation:check', { guildId: h.guildId, action: 'ban', targetUserId: owner })).hierarchy).toBe('target-is-owner');
    const botRole = h.detail.roles.find((r) => r.type === 1)!;
    await h.actAs(owner, 'guild-role/update', { guild_id: h.guildId, role_id: botRole.role_id, permissions: botRole.permissions & ~64 });
    h.ctx.moderation!.facts.clear();
    const [target] = await h.plainMembers(1);
    const err = await h.fail('moderation:kick', { guildId: h.guildId, userId: target });
    expect(err.details).toMatchObject({ missing: ['kickMembers'], hierarchy: 'ok' });
    expect(h.sent).not.toContain('POST guild/kickout');
  });
});

describe('voice, nickname and roles', () => {
  it('voice-mutes the mic and deafens, and the undo lifts each', async () => {
    const [target] = await h.plainMembers(1);
    const mic = await h.callCase('moderation:voiceMute', { guildId: h.guildId, userId: target, kind: 'mic', reason: 'noise' });
    const deaf = await h.callCase('moderation:voiceMute', { guildId: h.guildId, userId: target, kind: 'headset' });
    expect(await h.call('moderation:listVoiceMutes', { guildId: h.guildId })).toEqual({ mic: [target], headset: [target] });
    await h.callCase('cases:undo', { caseId: mic.id });
    expect(await h.call('moderation:listVoiceMutes', { guildId: h.guildId })).toEqual({ mic: [], headset: [target] });
    await h.callCase('cases:undo', { caseId: deaf.id });
    expect(await h.call('moderation:listVoiceMutes', { guildId: h.guildId })).toEqual({ mic: [], headset: [] });
  });

  it('changes a nickname and the undo restores the previous one', async () => {
    const [target] = await h.plainMembers(1);
    const before = member(target!)!.nickname;
    const c = await h.callCase('moderation:setNickname', { guildId: h.guildId, userId: target, nickname: 'renamed by mod', reason: 'offensive' });
    expect(member(target!)!.nickname).toBe('renamed by mod');
    await h.callCase('cases:undo', { caseId: c.id });
    expect(member(target!)!.nickname).toBe(before);
  });

  it('grants and revokes a role below the bot, with undo both ways; a senior role is refused', async () => {
    const [target] = await h.plainMembers(1);
    const vip = h.detail.roles.find((r) => r.position === 5)!;
    const g = await h.callCase('moderation:grantRole', { guildId: h.guildId, userId: target, roleId: vip.role_id });
    expect(member(target!)!.roles).toContain(vip.role_id);
    await h.callCase('cases:undo', { caseId: g.id });
    expect(member(target!)!.roles).not.toContain(vip.role_id);
    await h.callCase('moderation:grantRole', { guildId: h.guildId, userId: target, roleId: vip.role_id });
    const r = await h.callCase('moderation:revokeRole', { guildId: h.guildId, userId: target, roleId: vip.role_id });
    expect(member(target!)!.roles).not.toContain(vip.role_id);
    await h.callCase('cases:undo', { caseId: r.id });
    expect(member(target!)!.roles).toContain(vip.role_id);
    const mod = h.detail.roles.find((x) => x.position === 2)!;
    const err = await h.fail('moderation:grantRole', { guildId: h.guildId, userId: target, roleId: mod.role_id });
    expect(err.details).toMatchObject({ hierarchy: 'role-ranks-higher' });
  });
});

describe('the case log', () => {
  it('records a failed KOOK call as a case with the error', async () => {
    const [target] = await h.plainMembers(1);
    await h.admin('leave', { guild_id: h.guildId, user_id: target });
    const err = await h.fail('moderation:voiceMute', { guildId: h.guildId, userId: target, kind: 'mic' });
    expect(err.code).toBe('kook-error');
    const c = await h.callCase('cases:view', { caseId: Number(err.details?.caseId) });
    expect(c.result).toMatchObject({ ok: false, code: 'kook-error' });
  });

  it('lists with search, edits a reason (pushed), and exports CSV with a BOM and JSONL', async () => {
    const [a, b] = await h.plainMembers(2);
    await h.callCase('moderation:kick', { guildId: h.guildId, userId: a, reason: 'said "hi", then spammed' });
    const second = await h.callCase('moderation:kick', { guildId: h.guildId, userId: b, reason: 'other' });
    const found = await h.call<{ items: CaseView[]; total: number }>('cases:list', { search: 'spammed' });
    expect(found.items.map((c) => c.targetId)).toEqual([a]);
    const edited = await h.callCase('cases:editReason', { caseId: second.id, reason: 'edited reason' });
    expect(edited.reason).toBe('edited reason');
    const csv = await h.call<{ fileName: string; content: string }>('cases:export', { format: 'csv' });
    expect(csv.content.startsWith('\uFEFFid,')).toBe(true);
    expect(csv.content).toContain('"said ""hi"", then spammed"');
    const jsonl = await h.call<{ content: string }>('cases:export', { format: 'jsonl' });
    expect(jsonl.content.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 2]);
  });
});
