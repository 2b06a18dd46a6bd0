// Member actions (REST.md Part C): kick, ban (also by id for accounts already gone), unban, voice
// mute/deafen. Each is pre-checked, then recorded as a case; bans and mutes may be temporary.
import type { CaseView } from '../../../shared/ipc';
import { act, activeCase, closeCase } from '../act';
import type { ActionEnv } from '../env';
import { notifyMember, targetFacts } from './helpers';

interface MemberArgs {
  guildId: string;
  userId: string;
  reason?: string | undefined;
}

export async function kick(env: ActionEnv, a: MemberArgs & { notify?: boolean | undefined }): Promise<CaseView> {
  await env.preflight.assert({ action: 'kick', guildId: a.guildId, targetUserId: a.userId });
  const t = await targetFacts(env, a.guildId, a.userId);
  return act(env, {
    guildId: a.guildId, action: 'member.kick', targetId: a.userId, targetName: t.name, reason: a.reason, undoable: false,
    run: async () => {
      const dm = a.notify ? await notifyMember(env, a.guildId, a.userId, 'kicked from', a.reason) : undefined;
      env.own.note('leave', a.guildId, a.userId);
      await env.rest().guilds.kickout({ guild_id: a.guildId, target_id: a.userId }, { lane: 'interactive' });
      env.facts.invalidateMember(a.guildId, a.userId);
      return { evidence: { before: { roles: t.roles, ...(dm ? { dm } : {}) } } };
    },
  });
}

export async function ban(
  env: ActionEnv,
  a: MemberArgs & { delMsgDays?: number | undefined; durationMs?: number | null | undefined; notify?: boolean | undefined },
): Promise<CaseView> {
  await env.preflight.assert({ action: 'ban', guildId: a.guildId, targetUserId: a.userId });
  const t = await targetFacts(env, a.guildId, a.userId);
  const days = Math.min(7, Math.max(0, a.delMsgDays ?? 0));
  const c = await act(env, {
    guildId: a.guildId, action: 'member.ban', targetId: a.userId, targetName: t.name, reason: a.reason, durationMs: a.durationMs, undoable: true,
    run: async () => {
      // The DM goes first: once banned, the member shares no guild with the bot any more.
      const dm = a.notify && t.roles !== null ? await notifyMember(env, a.guildId, a.userId, 'banned from', a.reason) : undefined;
      env.own.note('ban', a.guildId, a.userId);
      if (t.roles !== null) env.own.note('leave', a.guildId, a.userId);
      await env.rest().blacklist.create(
        { guild_id: a.guildId, target_id: a.userId, ...(a.reason ? { remark: a.reason.slice(0, 500) } : {}), del_msg_days: days },
        { lane: 'interactive' },
      );
      env.facts.invalidateMember(a.guildId, a.userId);
      return { evidence: { before: { member: t.roles !== null, roles: t.roles, delMsgDays: days, ...(dm ? { dm } : {}) } } };
    },
  });
  if (c.expiresAt !== null) env.schedule({ kind: 'unban', caseId: c.id, guildId: a.guildId, targetId: a.userId, payload: {}, dueAt: c.expiresAt });
  return c;
}

export async function unban(env: ActionEnv, a: MemberArgs): Promise<CaseView> {
  await env.preflight.assert({ action: 'unban', guildId: a.guildId });
  const banCase = activeCase(env, a.guildId, 'member.ban', a.userId);
  const c = await act(env, {
    guildId: a.guildId, action: 'member.unban', targetId: a.userId, targetName: banCase?.targetName ?? null, reason: a.reason, undoable: false,
    run: async () => {
      env.own.note('unban', a.guildId, a.userId);
      await env.rest().blacklist.delete({ guild_id: a.guildId, target_id: a.userId }, { lane: 'interactive' });
      return banCase ? { evidence: { before: { banCaseId: banCase.id } } } : undefined;
    },
  });
  closeCase(env, banCase, c);
  return c;
}

export type VoiceKind = 'mic' | 'headset';
const muteType = (kind: VoiceKind): 1 | 2 => (kind === 'mic' ? 1 : 2);

export async function voiceMute(env: ActionEnv, a: MemberArgs & { kind: VoiceKind; durationMs?: number | null | undefined }): Promise<CaseView> {
  await env.preflight.assert({ action: a.kind === 'mic' ? 'voiceMute' : 'voiceDeafen', guildId: a.guildId, targetUserId: a.userId });
  const t = await targetFacts(env, a.guildId, a.userId);
  const c = await act(env, {
    guildId: a.guildId, action: 'member.voiceMute', targetId: a.userId, targetName: t.name, reason: a.reason, durationMs: a.durationMs, undoable: true,
    run: async () => {
      await env.rest().guildMutes.create({ guild_id: a.guildId, user_id: a.userId, type: muteType(a.kind) }, { lane: 'interactive' });
      return { undoData: { kind: a.kind }, evidence: { before: { kind: a.kind } } };
    },
  });
  if (c.expiresAt !== null) env.schedule({ kind: 'voiceUnmute', caseId: c.id, guildId: a.guildId, targetId: a.userId, payload: { kind: a.kind }, dueAt: c.expiresAt });
  return c;
}

export async function voiceUnmute(env: ActionEnv, a: MemberArgs & { kind: VoiceKind }): Promise<CaseView> {
  await env.preflight.assert({ action: a.kind === 'mic' ? 'voiceMute' : 'voiceDeafen', guildId: a.guildId, targetUserId: a.userId });
  const t = await targetFacts(env, a.guildId, a.userId);
  const muteCase = activeCase(env, a.guildId, 'member.voiceMute', a.userId, (u) => u?.kind === a.kind);
  const c = await act(env, {
    guildId: a.guildId, action: 'member.voiceUnmute', targetId: a.userId, targetName: t.name, reason: a.reason, undoable: false,
    run: async () => {
      await env.rest().guildMutes.delete({ guild_id: a.guildId, user_id: a.userId, type: muteType(a.kind) }, { lane: 'interactive' });
      return { evidence: { before: { kind: a.kind } } };
    },
  });
  closeCase(env, muteCase, c);
  return c;
}
