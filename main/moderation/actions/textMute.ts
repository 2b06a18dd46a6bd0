// Text mute, which KOOK has no endpoint for (REST.md Part C): either per-user overwrites denying
// send/react in EVERY text channel, or a managed "Muted" role denied there. The previous
// overwrites go into the case, so the unmute restores them exactly.
import type { CaseView } from '../../../shared/ipc';
import type { KookChannel } from '../../kook/rest';
import { act, activeCase, closeCase } from '../act';
import type { ActionEnv } from '../env';
import { targetFacts } from './helpers';
import { clearDenied, denyBits, MUTE_DENY, parseBefore, restoreOverwrite, type OverwriteBefore } from './overwrites';
import { conflictingRoles, ensureMutedRole } from './mutedRole';

interface MuteArgs {
  guildId: string;
  userId: string;
  reason?: string | undefined;
}

/** Fresh channels: the overwrites must be read as they are now, not from a cached view. */
async function freshTextChannels(env: ActionEnv, guildId: string): Promise<KookChannel[]> {
  env.facts.invalidateGuild(guildId);
  return env.facts.textChannels(guildId);
}

export async function textMute(env: ActionEnv, a: MuteArgs & { durationMs?: number | null | undefined }): Promise<CaseView> {
  const settings = await env.settings.get(env.profileId(), a.guildId);
  const byRole = settings.muteMethod === 'role';
  await env.preflight.assert({
    action: byRole ? 'textMuteRole' : 'textMute', guildId: a.guildId, targetUserId: a.userId,
    ...(byRole && settings.mutedRoleId !== null ? { roleId: settings.mutedRoleId } : {}),
  });
  const t = await targetFacts(env, a.guildId, a.userId);
  const c = await act(env, {
    guildId: a.guildId, action: 'member.textMute', targetId: a.userId, targetName: t.name, reason: a.reason, durationMs: a.durationMs, undoable: true,
    run: async () => {
      if (byRole) {
        const roleId = await ensureMutedRole(env, a.guildId);
        await env.rest().roles.grant({ guild_id: a.guildId, user_id: a.userId, role_id: roleId }, { lane: 'interactive' });
        env.facts.invalidateMember(a.guildId, a.userId);
        const conflicts = await conflictingRoles(env, a.guildId, roleId);
        return { undoData: { method: 'role', roleId }, evidence: { before: { method: 'role', roleId, conflictingRoles: conflicts } } };
      }
      const channels: OverwriteBefore[] = [];
      const failed: string[] = [];
      let firstError: unknown = null;
      for (const ch of await freshTextChannels(env, a.guildId)) {
        try {
          channels.push(await denyBits(env.rest(), ch, { type: 'user_id', value: a.userId }, MUTE_DENY));
        } catch (err) {
          failed.push(ch.id);
          firstError ??= err;
        }
      }
      if (channels.length === 0 && firstError !== null) throw firstError;
      env.facts.invalidateGuild(a.guildId);
      return { undoData: { method: 'overwrites', channels }, evidence: { before: { method: 'overwrites', overwrites: channels, failedChannels: failed } } };
    },
  });
  if (c.expiresAt !== null) env.schedule({ kind: 'textUnmute', caseId: c.id, guildId: a.guildId, targetId: a.userId, payload: {}, dueAt: c.expiresAt });
  return c;
}

export async function textUnmute(env: ActionEnv, a: MuteArgs): Promise<CaseView> {
  const muteCase = activeCase(env, a.guildId, 'member.textMute', a.userId);
  const settings = await env.settings.get(env.profileId(), a.guildId);
  const roleId = muteCase?.undoData?.method === 'role' && typeof muteCase.undoData.roleId === 'number' ? muteCase.undoData.roleId : null;
  await env.preflight.assert({ action: roleId !== null ? 'textMuteRole' : 'textMute', guildId: a.guildId, targetUserId: a.userId, ...(roleId !== null ? { roleId } : {}) });
  const t = await targetFacts(env, a.guildId, a.userId);
  const c = await act(env, {
    guildId: a.guildId, action: 'member.textUnmute', targetId: a.userId, targetName: t.name, reason: a.reason, undoable: false,
    run: async () => {
      if (roleId !== null) {
        await env.rest().roles.revoke({ guild_id: a.guildId, user_id: a.userId, role_id: roleId }, { lane: 'interactive' });
        env.facts.invalidateMember(a.guildId, a.userId);
        return { evidence: { before: { method: 'role', roleId, muteCaseId: muteCase?.id ?? null } } };
      }
      const restored = await liftUserOverwrites(env, a.guildId, a.userId, parseBefore(muteCase?.undoData?.channels));
      // No case to reverse but a muted role configured and held: take it away too.
      if (!muteCase && settings.mutedRoleId !== null && t.roles?.includes(settings.mutedRoleId)) {
        await env.rest().roles.revoke({ guild_id: a.guildId, user_id: a.userId, role_id: settings.mutedRoleId }, { lane: 'interactive' });
      }
      return { evidence: { before: { method: 'overwrites', restored, muteCaseId: muteCase?.id ?? null } } };
    },
  });
  closeCase(env, muteCase, c);
  return c;
}

/** Restores recorded overwrites exactly; channels created since (synced mutes) lose the mute bits. */
async function liftUserOverwrites(env: ActionEnv, guildId: string, userId: string, before: OverwriteBefore[]): Promise<number> {
  const who = { type: 'user_id' as const, value: userId };
  let n = 0;
  for (const ch of await freshTextChannels(env, guildId)) {
    const prev = before.find((b) => b.channelId === ch.id);
    if (prev) {
      await restoreOverwrite(env.rest(), who, prev);
      n += 1;
    } else if (await clearDenied(env.rest(), ch, who, MUTE_DENY)) n += 1;
  }
  env.facts.invalidateGuild(guildId);
  return n;
}
