// guild-role/list|create|update|delete|grant|revoke (REST.md B.9): bit 10 plus the role
// hierarchy; added_role / updated_role / deleted_role (EVENTS.md §4.4; grants emit nothing).
import type { Role, RoleGrantResult } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { emitSystem } from '../events';
import { pageOf, type PageQuery } from '../paging';
import { requireMember, requirePerm, requireRoleAbove } from '../perms';
import { toRole } from '../serialize';
import type { Sim } from '../sim';

export function listRoles(sim: Sim, actorId: string, p: PageQuery & { guild_id: string }): ReturnType<typeof pageOf<Role>> {
  const g = sim.guild(p.guild_id);
  requireMember(sim, g, actorId);
  return pageOf([...g.roles].sort((a, b) => a.position - b.position).map(toRole), p);
}

export function createRole(sim: Sim, actorId: string, p: { guild_id: string; name?: string | undefined }): Role {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [10]);
  const position = Math.max(0, ...g.roles.filter((r) => r.role_id !== 0).map((r) => r.position)) + 1;
  const role: Role = { role_id: g.nextRoleId++, name: p.name || '新角色', color: 0, position, hoist: 0, mentionable: 0, permissions: 0, type: 0 };
  g.roles.push(role);
  sim.touch();
  emitSystem(sim, g.id, 'added_role', toRole(role));
  return toRole(role);
}

export interface UpdateRoleParams {
  guild_id: string; role_id: number; name?: string | undefined; color?: number | undefined;
  hoist?: boolean | undefined; mentionable?: boolean | undefined; permissions?: number | undefined;
}

export function updateRole(sim: Sim, actorId: string, p: UpdateRoleParams): Role {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [10]);
  requireRoleAbove(sim, g, actorId, p.role_id);
  const role = g.roles.find((r) => r.role_id === p.role_id);
  if (!role) throw fail.notFound('role');
  if (p.name !== undefined) role.name = p.name;
  if (p.color !== undefined) role.color = p.color;
  if (p.hoist !== undefined) role.hoist = p.hoist ? 1 : 0;
  if (p.mentionable !== undefined) role.mentionable = p.mentionable ? 1 : 0;
  if (p.permissions !== undefined) role.permissions = p.permissions >>> 0;
  sim.touch();
  emitSystem(sim, g.id, 'updated_role', toRole(role));
  return toRole(role);
}

export function deleteRole(sim: Sim, actorId: string, p: { guild_id: string; role_id: number }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [10]);
  if (p.role_id === 0) throw fail.param('role_id', 'cannot be the @everyone role');
  requireRoleAbove(sim, g, actorId, p.role_id);
  const role = g.roles.find((r) => r.role_id === p.role_id);
  if (!role) throw fail.notFound('role');
  g.roles = g.roles.filter((r) => r.role_id !== p.role_id);
  g.gen.roleRules = g.gen.roleRules.filter(([id]) => id !== p.role_id);
  for (const m of Object.values(g.members)) m.roles = m.roles.filter((id) => id !== p.role_id);
  for (const id of g.channelIds) {
    const ch = sim.state.channels[id];
    if (ch) ch.permission_overwrites = ch.permission_overwrites.filter((o) => o.role_id !== p.role_id);
  }
  sim.touch();
  emitSystem(sim, g.id, 'deleted_role', toRole(role));
  return {};
}

export function grantRole(sim: Sim, actorId: string, p: { guild_id: string; user_id: string; role_id: number }, grant: boolean): RoleGrantResult {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [10]);
  if (p.role_id === 0) throw fail.param('role_id', 'cannot be the @everyone role');
  requireRoleAbove(sim, g, actorId, p.role_id);
  if (!sim.member(g, p.user_id)) throw fail.notFound('member');
  const m = sim.mutableMember(g, p.user_id);
  if (grant && !m.roles.includes(p.role_id)) m.roles = [...m.roles, p.role_id];
  if (!grant) m.roles = m.roles.filter((id) => id !== p.role_id);
  sim.touch();
  return { user_id: p.user_id, guild_id: g.id, roles: [...m.roles] };
}
