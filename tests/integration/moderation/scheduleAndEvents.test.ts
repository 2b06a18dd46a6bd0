// Temporary actions carried out by the scheduler (also "while the app was closed"), and actions
// by other moderators recorded from the gateway's events.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BanView, CaseView, PushEvent } from '../../../shared/ipc';
import { AppContext } from '../../../main/services/AppContext';
import { createServices } from '../../../main/services/createServices';
import { createDispatch } from '../../../main/services/dispatch';
import { openModerationDatabase } from '../../../main/store/db';
import { SettingsStore } from '../../../main/store/SettingsStore';
import { MemoryVault } from '../../../main/store/TokenVault';
import { startModHarness, waitFor, type ModHarness } from './support/modHarness';

let h: ModHarness;
afterEach(async () => {
  await h.close();
});

const banned = async (userId: string) => (await h.call<{ items: BanView[] }>('moderation:listBans', { guildId: h.guildId })).items.some((b) => b.userId === userId);
const casesOf = (action: string) => h.ctx.moderation!.db().cases.list({ action, pageSize: 100 }).items;

describe('the scheduler', () => {
  it('lifts a temporary ban when it expires and records the unban case', async () => {
    h = await startModHarness({ moderation: { timerScale: 0.001, exitGraceMs: 150 } });
    const [target] = await h.plainMembers(1);
    const ban = await h.callCase('moderation:ban', { guildId: h.guildId, userId: target, durationMs: 60_000, reason: 'cool down' });
    expect(ban.expiresAt).toBe(ban.createdAt + 60_000);
    await waitFor(() => casesOf('member.unban').length === 1, 5000, 'scheduled unban');
    expect(await banned(target!)).toBe(false);
    expect((await h.callCase('cases:view', { caseId: ban.id })).undoneByCaseId).toBe(casesOf('member.unban')[0]!.id);
  });

  it('cancels the expiry when the case is undone early', async () => {
    h = await startModHarness({ db: openModerationDatabase(path.join(await tmp(), 'k.db')) });
    const [target] = await h.plainMembers(1);
    const ban = await h.callCase('moderation:ban', { guildId: h.guildId, userId: target, durationMs: 3_600_000 });
    expect(h.ctx.moderation!.scheduler.armed).toBe(1);
    await h.callCase('cases:undo', { caseId: ban.id });
    expect(h.ctx.moderation!.scheduler.armed).toBe(0);
    expect(h.ctx.moderation!.db().schedule.pending(h.ctx.state().profile!.id)).toEqual([]);
  });

  it('carries out an expiry missed while the app was closed and reports it as schedule.missed', async () => {
    const dbDir = await tmp();
    const openDb = (kind: string) => openModerationDatabase(path.join(dbDir, `${kind === 'demo' ? 'demo' : 'kookdesk'}.db`));
    h = await startModHarness({ db: openDb });
    const [target] = await h.plainMembers(1);
    const ban = await h.callCase('moderation:ban', { guildId: h.guildId, userId: target, durationMs: 60_000 });
    await h.ctx.close(); // the app quits with the ban still running

    const settings = SettingsStore.inDir(h.dataDir);
    await settings.load();
    const later = new AppContext({
      dataDir: h.dataDir, settings, vault: new MemoryVault(), vaultWarning: true,
      db: openDb,
      moderation: { now: () => Date.now() + 120_000 }, // two minutes later: the ban is overdue
    });
    const pushed: PushEvent[] = [];
    later.push.subscribe((b) => pushed.push(...b.events));
    const dispatch = createDispatch(createServices(later));
    try {
      const r = await dispatch('session:connect', { name: 'Sim bot', token: h.sim.token, baseUrl: h.sim.apiBase }, { transport: 'test', id: 't' });
      expect(r.ok).toBe(true);
      const missed = await waitFor(() => pushed.find((e) => e.type === 'schedule.missed'), 5000, 'schedule.missed');
      expect(missed.payload).toEqual([expect.objectContaining({ caseId: ban.id, action: 'unban', targetId: target })]);
      const bans = await dispatch('moderation:listBans', { guildId: h.guildId }, { transport: 'test', id: 't' });
      expect(bans.ok && (bans.value as { items: BanView[] }).items.some((b) => b.userId === target)).toBe(false);
      expect(later.moderation!.db().cases.list({ action: 'member.unban' }).total).toBe(1);
    } finally {
      await later.close();
    }
  });
});

describe('actions by others', () => {
  it('records a ban by another moderator from added_block_list, with operator and remark, and no leave case', async () => {
    h = await startModHarness();
    const mod = await h.moderator();
    const [target, own] = await h.plainMembers(2);
    expect((await h.actAs(mod, 'blacklist/create', { guild_id: h.guildId, target_id: target, remark: 'alt account' })).code).toBe(0);
    const ext = await waitFor(() => casesOf('external.ban')[0], 5000, 'external.ban case');
    expect(ext).toMatchObject({ targetId: target, actor: mod, reason: 'alt account' } satisfies Partial<CaseView>);
    await h.callCase('moderation:ban', { guildId: h.guildId, userId: own }); // Kookdesk's own: not external
    expect((await h.actAs(mod, 'blacklist/delete', { guild_id: h.guildId, target_id: target })).code).toBe(0);
    await waitFor(() => casesOf('external.unban').length === 1, 5000, 'external.unban case');
    await new Promise((r) => setTimeout(r, 300));
    expect(casesOf('external.ban')).toHaveLength(1);
    expect(casesOf('external.leaveOrKick')).toEqual([]);
  });

  it('records a member leaving (or kicked by someone else) as external.leaveOrKick', async () => {
    h = await startModHarness();
    const [target, kicked] = await h.plainMembers(2);
    await h.admin('leave', { guild_id: h.guildId, user_id: target });
    await waitFor(() => casesOf('external.leaveOrKick').length === 1, 5000, 'leave case');
    await h.callCase('moderation:kick', { guildId: h.guildId, userId: kicked });
    await new Promise((r) => setTimeout(r, 300));
    expect(casesOf('external.leaveOrKick').map((c) => c.targetId)).toEqual([target]);
  });
});

async function tmp(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const os = await import('node:os');
  return mkdtemp(path.join(os.tmpdir(), 'kookdesk-mod-'));
}
