// Nickname change/reset (guild/nickname, bit 26) and role grant/revoke (guild-role/grant|revoke,
// bit 10, the role ranked below the bot's top role). The previous state goes into the case so
// the undo can restore it.
import type { CaseView } from '../../../shared/ipc';
import { ServiceError } from '../../services/toIpcError';
import { act } from '../act';
import type { ActionEnv } from '../env';

interface MemberArgs {
  guildId: string;
  userId: string;
  reason?: string | undefined;
}

export async function setNickname(env: ActionEnv, a: MemberArgs & { nickname: string | null }): Promise<CaseView> {
  await env.preflight.assert({ action: 'setNickname', guildId: a.guildId, targetUserId: a.userId });
  const res = await env.rest().guilds.userList({ guild_id: a.guildId, filter_user_id: a.userId, page_size: 1 });
  const member = res.items.find((m) => m.id === a.userId);
  if (!member) throw new ServiceError('not-found', 'no such member in this guild');
  // KOOK reports the username as nickname when none is set: that is "no nickname".
  const previous = member.nickname && member.nickname !== member.username ? member.nickname : null;
  return act(env, {
    guildId: a.guildId, action: 'member.nickname', targetId: a.userId, targetName: member.nickname || member.username, reason: a.reason, undoable: true,
    run: async () => {
      await env.rest().guilds.nickname({ guild_id: a.guildId, user_id: a.userId, ...(a.nickname !== null ? { nickname: a.nickname } : {}) }, { lane: 'interactive' });
      env.facts.invalidateMember(a.guildId, a.userId);
      return { undoData: { previous }, evidence: { before: { nickname: previous, after: a.nickname } } };
    },
  });
}

export async function changeRole(env: ActionEnv, a: MemberArgs & { roleId: number }, grant: boolean): Promise<CaseView> {
  await env.preflight.assert({ action: grant ? 'grantRole' : 'revokeRole', guildId: a.guildId, targetUserId: a.userId, roleId: a.roleId });
  const [guild, member] = await Promise.all([env.facts.guild(a.guildId), env.facts.member(a.guildId, a.userId)]);
  const roleName = guild.roles.find((r) => r.role_id === a.roleId)?.name ?? String(a.roleId);
  return act(env, {
    guildId: a.guildId, action: grant ? 'member.roleGrant' : 'member.roleRevoke', targetId: a.userId, targetName: member?.name ?? null,
    reason: a.reason, undoable: true,
    run: async () => {
      const params = { guild_id: a.guildId, user_id: a.userId, role_id: a.roleId };
      const after = grant ? await env.rest().roles.grant(params, { lane: 'interactive' }) : await env.rest().roles.revoke(params, { lane: 'interactive' });
      env.facts.invalidateMember(a.guildId, a.userId);
      return { undoData: { roleId: a.roleId }, evidence: { before: { roleId: a.roleId, roleName, roles: member?.roles ?? null, rolesAfter: after.roles } } };
    },
  });
}
