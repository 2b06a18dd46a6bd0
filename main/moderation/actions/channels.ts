// Channel lock (role 0 overwrite deny |= Send messages), unlock (the previous pair restored
// exactly), slow mode (channel/update slow_mode, ms from REST.md B.4's fixed list), and the
// lockdown preset for raids: every text channel locked (+ optional slow mode) as ONE case whose
// undo restores each channel's previous overwrite and slow mode. A lock keeps the bot's own voice
// there (a user overwrite allowing Send messages, which REST.md's algorithm applies after the
// role ones): log cards and announcements into a locked channel still go out. Unlocking puts the
// bot's overwrite back as it was too.
import type { CaseView } from '../../../shared/ipc';
import { ServiceError } from '../../services/toIpcError';
import { act, activeCase, closeCase } from '../act';
import type { ActionEnv } from '../env';
import { allowBits, currentOverwrite, denyBits, parseBefore, restoreOverwrite, SEND, type OverwriteBefore, type OverwriteSubject } from './overwrites';

export const SLOW_MODES = [0, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 21600000] as const;
const EVERYONE = { type: 'role_id' as const, value: '0' };
const botSubject = (env: ActionEnv): OverwriteSubject => ({ type: 'user_id', value: env.botId() });

/** Puts the bot's overwrite back as it was before a lock (a recorded null: the lock changed nothing). */
async function restoreBot(env: ActionEnv, recorded: unknown): Promise<void> {
  const [before] = parseBefore([recorded]);
  if (before) await restoreOverwrite(env.rest(), botSubject(env), before);
}

function assertSlowMode(ms: number): void {
  if (!(SLOW_MODES as readonly number[]).includes(ms)) {
    throw new ServiceError('invalid-payload', `slow mode must be one of ${SLOW_MODES.join(', ')} ms`, { issues: [{ path: 'slowModeMs', message: 'not an allowed value' }] });
  }
}

export async function lockChannel(env: ActionEnv, a: { channelId: string; reason?: string | undefined }): Promise<CaseView> {
  const ch = await env.rest().channels.view({ target_id: a.channelId }, { lane: 'interactive' });
  await env.preflight.assert({ action: 'lockChannel', guildId: ch.guild_id, channelId: ch.id });
  return act(env, {
    guildId: ch.guild_id, action: 'channel.lock', targetId: ch.id, targetName: ch.name, reason: a.reason, undoable: true,
    run: async () => {
      const before = await denyBits(env.rest(), ch, EVERYONE, SEND);
      const bot = await allowBits(env.rest(), ch, botSubject(env), SEND);
      env.facts.invalidateGuild(ch.guild_id);
      return { undoData: { overwrite: before, botOverwrite: bot }, evidence: { before: { overwrite: before, botOverwrite: bot } } };
    },
  });
}

export async function unlockChannel(env: ActionEnv, a: { channelId: string; reason?: string | undefined }): Promise<CaseView> {
  const ch = await env.rest().channels.view({ target_id: a.channelId }, { lane: 'interactive' });
  await env.preflight.assert({ action: 'unlockChannel', guildId: ch.guild_id, channelId: ch.id });
  const lockCase = activeCase(env, ch.guild_id, 'channel.lock', ch.id);
  const c = await act(env, {
    guildId: ch.guild_id, action: 'channel.unlock', targetId: ch.id, targetName: ch.name, reason: a.reason, undoable: false,
    run: async () => {
      const [before] = parseBefore([lockCase?.undoData?.overwrite]);
      const now = currentOverwrite(ch, EVERYONE);
      if (before) await restoreOverwrite(env.rest(), EVERYONE, before);
      else if (now.existed) await env.rest().channelRoles.update({ channel_id: ch.id, ...EVERYONE, allow: now.allow, deny: (now.deny & ~SEND) >>> 0 }, { lane: 'interactive' });
      await restoreBot(env, lockCase?.undoData?.botOverwrite);
      env.facts.invalidateGuild(ch.guild_id);
      return { evidence: { before: { overwrite: now, lockCaseId: lockCase?.id ?? null } } };
    },
  });
  closeCase(env, lockCase, c);
  return c;
}

export async function setSlowMode(env: ActionEnv, a: { channelId: string; slowModeMs: number; reason?: string | undefined }): Promise<CaseView> {
  assertSlowMode(a.slowModeMs);
  const ch = await env.rest().channels.view({ target_id: a.channelId }, { lane: 'interactive' });
  await env.preflight.assert({ action: 'setSlowMode', guildId: ch.guild_id, channelId: ch.id });
  return act(env, {
    guildId: ch.guild_id, action: 'channel.slowMode', targetId: ch.id, targetName: ch.name, reason: a.reason, undoable: true,
    run: async () => {
      await env.rest().channels.update({ channel_id: ch.id, slow_mode: a.slowModeMs }, { lane: 'interactive' });
      return { undoData: { previous: ch.slow_mode }, evidence: { before: { slowModeMs: ch.slow_mode, after: a.slowModeMs } } };
    },
  });
}

export async function lockdown(env: ActionEnv, a: { guildId: string; slowModeMs?: number | undefined; reason?: string | undefined }): Promise<CaseView> {
  if (a.slowModeMs !== undefined) assertSlowMode(a.slowModeMs);
  await env.preflight.assert({ action: 'lockdown', guildId: a.guildId });
  env.facts.invalidateGuild(a.guildId);
  const guild = await env.facts.guild(a.guildId);
  return act(env, {
    guildId: a.guildId, action: 'guild.lockdown', targetId: a.guildId, targetName: guild.name, reason: a.reason, undoable: true,
    run: async () => {
      const channels: { overwrite: OverwriteBefore; botOverwrite: OverwriteBefore | null; slowModeMs: number }[] = [];
      for (const ch of guild.channels.filter((c) => c.type === 1 && !c.is_category)) {
        const overwrite = await denyBits(env.rest(), ch, EVERYONE, SEND);
        const botOverwrite = await allowBits(env.rest(), ch, botSubject(env), SEND);
        if (a.slowModeMs !== undefined && a.slowModeMs !== ch.slow_mode) await env.rest().channels.update({ channel_id: ch.id, slow_mode: a.slowModeMs }, { lane: 'interactive' });
        channels.push({ overwrite, botOverwrite, slowModeMs: ch.slow_mode });
      }
      env.facts.invalidateGuild(a.guildId);
      return { undoData: { channels, slowModeMs: a.slowModeMs ?? null }, evidence: { before: { channels } } };
    },
  });
}

export async function liftLockdown(env: ActionEnv, a: { guildId: string; reason?: string | undefined }): Promise<CaseView> {
  await env.preflight.assert({ action: 'liftLockdown', guildId: a.guildId });
  const lock = activeCase(env, a.guildId, 'guild.lockdown', a.guildId);
  if (!lock) throw new ServiceError('not-found', 'no lockdown is in force in this guild');
  const entries = Array.isArray(lock.undoData?.channels) ? lock.undoData.channels : [];
  const slowWasSet = typeof lock.undoData?.slowModeMs === 'number';
  const c = await act(env, {
    guildId: a.guildId, action: 'guild.lockdownLift', targetId: a.guildId, targetName: lock.targetName, reason: a.reason, undoable: false,
    run: async () => {
      let restored = 0;
      for (const entry of entries) {
        if (typeof entry !== 'object' || entry === null) continue;
        const [before] = parseBefore([Reflect.get(entry, 'overwrite')]);
        const slow = Reflect.get(entry, 'slowModeMs');
        if (!before) continue;
        await restoreOverwrite(env.rest(), EVERYONE, before);
        await restoreBot(env, Reflect.get(entry, 'botOverwrite'));
        if (slowWasSet && typeof slow === 'number') await env.rest().channels.update({ channel_id: before.channelId, slow_mode: slow }, { lane: 'interactive' });
        restored += 1;
      }
      env.facts.invalidateGuild(a.guildId);
      return { evidence: { before: { lockdownCaseId: lock.id, restored } } };
    },
  });
  closeCase(env, lock, c);
  return c;
}
