// Effective permissions exactly as REST.md A.12 "Effective permission algorithm", and the
// role hierarchy rule ("ranked below its own highest role"; owner untouchable).
import { ALL_PERMISSIONS, PERMISSIONS } from '../../../shared/kook';
import { fail } from '../core/errors';
import type { Sim } from './sim';
import type { ChannelRec, GuildRec } from './state';

const ADMIN = 1;
const VIEW = 1 << 11;
const SEND = 1 << 12;
const UPLOAD = 1 << 14;
const MENTION_ALL = 1 << 17;

export function guildPermissions(g: GuildRec, userId: string, roles: readonly number[]): number {
  if (g.user_id === userId) return ALL_PERMISSIONS;
  let base = 0;
  for (const role of g.roles) if (role.role_id === 0 || roles.includes(role.role_id)) base |= role.permissions;
  return (base & ADMIN) !== 0 ? ALL_PERMISSIONS : base >>> 0;
}

export function channelPermissions(g: GuildRec, ch: ChannelRec, userId: string, roles: readonly number[]): number {
  let base = guildPermissions(g, userId, roles);
  if (g.user_id === userId || (base & ADMIN) !== 0) return ALL_PERMISSIONS;
  const everyone = ch.permission_overwrites.find((o) => o.role_id === 0);
  if (everyone) base = (base & ~everyone.deny) | everyone.allow;
  let allow = 0;
  let deny = 0;
  for (const o of ch.permission_overwrites) {
    if (o.role_id !== 0 && roles.includes(o.role_id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  base = (base & ~deny) | allow;
  const own = ch.permission_users.find((o) => o.user_id === userId);
  if (own) base = (base & ~own.deny) | own.allow;
  if (ch.type === 1) {
    if ((base & VIEW) === 0) return 0;
    if ((base & SEND) === 0) base &= ~(UPLOAD | MENTION_ALL);
  }
  return base >>> 0;
}

/** Permissions of a user in a guild (and channel); 0 for non-members. */
export function effective(sim: Sim, g: GuildRec, userId: string, ch?: ChannelRec): number {
  const m = sim.member(g, userId);
  if (!m) return 0;
  return ch ? channelPermissions(g, ch, userId, m.roles) : guildPermissions(g, userId, m.roles);
}

export const permName = (bit: number): string => PERMISSIONS.find((p) => p.bit === bit)?.en ?? `bit ${bit}`;

export const has = (perms: number, bit: number): boolean => ((perms >>> 0) & (2 ** bit)) !== 0;

export function requireMember(sim: Sim, g: GuildRec, userId: string): void {
  if (!sim.member(g, userId)) throw fail.permission('guild membership');
}

/** Throws 40300 unless the actor holds every listed bit (in the channel, when given). */
export function requirePerm(sim: Sim, g: GuildRec, actorId: string, bits: readonly number[], ch?: ChannelRec): void {
  requireMember(sim, g, actorId);
  const perms = effective(sim, g, actorId, ch);
  for (const bit of bits) if (!has(perms, bit)) throw fail.permission(permName(bit));
}

/** Seniority of a set of roles: the smallest position; @everyone alone ranks lowest. */
export function highestPosition(g: GuildRec, roles: readonly number[]): number {
  let best = Infinity;
  for (const role of g.roles) if (role.role_id !== 0 && roles.includes(role.role_id)) best = Math.min(best, role.position);
  return best;
}

function actorRank(sim: Sim, g: GuildRec, actorId: string): number {
  if (g.user_id === actorId) return -Infinity;
  return highestPosition(g, sim.member(g, actorId)?.roles ?? []);
}

/** Acting on a member: the owner is untouchable; otherwise the actor must rank strictly higher. */
export function requireAbove(sim: Sim, g: GuildRec, actorId: string, targetId: string): void {
  if (actorId === targetId) return;
  if (g.user_id === targetId) throw fail.hierarchy();
  const target = highestPosition(g, sim.member(g, targetId)?.roles ?? []);
  if (!(actorRank(sim, g, actorId) < target)) throw fail.hierarchy();
}

/** Acting on a role (edit, delete, grant, revoke): it must rank strictly below the actor's highest. */
export function requireRoleAbove(sim: Sim, g: GuildRec, actorId: string, roleId: number): void {
  const role = g.roles.find((r) => r.role_id === roleId);
  if (!role) throw fail.notFound('role');
  if (roleId === 0) return;
  if (!(actorRank(sim, g, actorId) < role.position)) throw fail.hierarchy();
}
