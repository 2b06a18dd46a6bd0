// The bot's effective guild permissions and rank (REST.md A.12 "Effective permission algorithm"
// steps 1–3, guild level; "Role hierarchy"). Main computes them on its own: the simulator has its
// own implementation, so a bug in one cannot hide a bug in the other.
import { ALL_PERMISSIONS } from '../../shared/kook/permissions';

export interface RoleLike {
  role_id: number;
  position: number;
  permissions: number;
}

export interface GuildFacts {
  ownerId: string;
  roles: readonly RoleLike[];
}

/** Guild-level permissions of a member with `memberRoleIds`. */
export function effectivePermissions(guild: GuildFacts, userId: string, memberRoleIds: readonly number[]): number {
  if (userId === guild.ownerId) return ALL_PERMISSIONS; // step 1
  const byId = new Map(guild.roles.map((r) => [r.role_id, r]));
  // step 2: @everyone (role 0) always counts, even though Kook.Net omits it
  let base = (byId.get(0)?.permissions ?? 0) >>> 0;
  for (const id of memberRoleIds) base = (base | ((byId.get(id)?.permissions ?? 0) >>> 0)) >>> 0;
  if ((base & 1) !== 0) return ALL_PERMISSIONS; // step 3: administrator
  return base;
}

/** Sentinel ranks: the owner outranks every role; a member without roles outranks none. */
export const OWNER_POSITION = -1;
export const NO_ROLE_POSITION = 2 ** 31 - 1;

/** The member's highest role position (smaller = more senior), @everyone excluded. */
export function topRolePosition(guild: GuildFacts, userId: string, memberRoleIds: readonly number[]): number {
  if (userId === guild.ownerId) return OWNER_POSITION;
  let top = NO_ROLE_POSITION;
  for (const id of memberRoleIds) {
    if (id === 0) continue;
    const role = guild.roles.find((r) => r.role_id === id);
    if (role && role.position < top) top = role.position;
  }
  return top;
}
