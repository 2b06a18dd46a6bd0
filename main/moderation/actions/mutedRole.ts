// The managed "Muted" role of the role strategy: created when missing, denied send/react in every
// text channel by a role overwrite; roles whose channel-level allow of Send messages would defeat
// it are reported (allows of a member's roles win over their denies, REST.md A.12 step 4).
import type { ActionEnv } from '../env';
import { currentOverwrite, denyBits, MUTE_DENY, SEND } from './overwrites';

export async function ensureMutedRole(env: ActionEnv, guildId: string): Promise<number> {
  const settings = await env.settings.get(env.profileId(), guildId);
  let guild = await env.facts.guild(guildId);
  let roleId = settings.mutedRoleId !== null && guild.roles.some((r) => r.role_id === settings.mutedRoleId) ? settings.mutedRoleId : null;
  if (roleId === null) {
    const role = await env.rest().roles.create({ guild_id: guildId, name: 'Muted' }, { lane: 'interactive' });
    roleId = role.role_id;
    await env.settings.update(env.profileId(), guildId, { mutedRoleId: roleId });
  }
  env.facts.invalidateGuild(guildId);
  guild = await env.facts.guild(guildId);
  const who = { type: 'role_id' as const, value: String(roleId) };
  for (const ch of guild.channels.filter((c) => c.type === 1 && !c.is_category)) {
    const now = currentOverwrite(ch, who);
    if ((now.deny & MUTE_DENY) !== MUTE_DENY || (now.allow & MUTE_DENY) !== 0) await denyBits(env.rest(), ch, who, MUTE_DENY);
  }
  env.facts.invalidateGuild(guildId);
  return roleId;
}

export async function conflictingRoles(env: ActionEnv, guildId: string, mutedRoleId: number | null): Promise<{ roleId: number; name: string }[]> {
  const guild = await env.facts.guild(guildId);
  const ids = new Set<number>();
  for (const ch of guild.channels) {
    if (ch.type !== 1 || ch.is_category) continue;
    for (const o of ch.permission_overwrites) if (o.role_id !== 0 && o.role_id !== mutedRoleId && (o.allow & SEND) !== 0) ids.add(o.role_id);
  }
  return [...ids].map((roleId) => ({ roleId, name: guild.roles.find((r) => r.role_id === roleId)?.name ?? String(roleId) }));
}
