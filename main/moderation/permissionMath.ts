// The pre-check math (REST.md A.12): the bot's effective permissions in a guild or a channel and
// the role hierarchy, computed before any request so a doomed one is explained, never sent.
import type { PermissionCheck } from '../../shared/ipc';
import { ALL_PERMISSIONS, PERMISSIONS } from '../../shared/kook/permissions';
import { effectivePermissions, topRolePosition, type GuildFacts } from '../services/permissions';

export interface Overwrites {
  permission_overwrites: readonly { role_id: number; allow: number; deny: number }[];
  permission_users: readonly { user: { id: string }; allow: number; deny: number }[];
}

const ADMIN = 1;
const VIEW = 2 ** 11;
const SEND = 2 ** 12;
const UPLOAD = 2 ** 14;
const MENTION_ALL = 2 ** 17;

/** A.12 step 4–5: role 0 first, then the member's roles together, then the member's own overwrite. */
export function channelPermissions(guild: GuildFacts, channel: Overwrites & { type: number }, userId: string, roles: readonly number[]): number {
  let base = effectivePermissions(guild, userId, roles);
  if (userId === guild.ownerId || (base & ADMIN) !== 0) return ALL_PERMISSIONS;
  const everyone = channel.permission_overwrites.find((o) => o.role_id === 0);
  if (everyone) base = ((base & ~everyone.deny) | everyone.allow) >>> 0;
  let allow = 0;
  let deny = 0;
  for (const o of channel.permission_overwrites) {
    if (o.role_id !== 0 && roles.includes(o.role_id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  base = ((base & ~deny) | allow) >>> 0;
  const own = channel.permission_users.find((o) => o.user.id === userId);
  if (own) base = ((base & ~own.deny) | own.allow) >>> 0;
  if (channel.type === 1) {
    if ((base & VIEW) === 0) return 0;
    if ((base & SEND) === 0) base = (base & ~(UPLOAD | MENTION_ALL)) >>> 0;
  }
  return base >>> 0;
}

/** Permission keys (shared/kook/permissions.ts) of the bits in `required` that `perms` lacks. */
export function missingKeys(perms: number, required: readonly number[]): string[] {
  return required.filter((bit) => ((perms >>> 0) & 2 ** bit) === 0).map((bit) => PERMISSIONS.find((p) => p.bit === bit)?.key ?? `bit${bit}`);
}

export interface HierarchyFacts {
  guild: GuildFacts;
  botId: string;
  botRoles: readonly number[];
  /** Acting on a member: their id and roles (null roles = not a member, e.g. ban by id). */
  target?: { userId: string; roles: readonly number[] | null };
  /** Acting with a role (grant/revoke, the muted role): it must rank below the bot's top role. */
  roleId?: number;
}

/** "Role hierarchy" [DOC]: strictly above the target's top role; the owner is untouchable. */
export function hierarchyVerdict(f: HierarchyFacts): PermissionCheck['hierarchy'] {
  const botTop = topRolePosition(f.guild, f.botId, f.botRoles);
  if (f.target && f.target.userId !== f.botId) {
    if (f.target.userId === f.guild.ownerId) return 'target-is-owner';
    if (f.target.roles !== null && !(botTop < topRolePosition(f.guild, f.target.userId, f.target.roles))) return 'target-ranks-higher';
  }
  if (f.roleId !== undefined && f.roleId !== 0) {
    const role = f.guild.roles.find((r) => r.role_id === f.roleId);
    if (!role || !(botTop < role.position)) return 'role-ranks-higher';
  }
  return 'ok';
}

export function verdict(perms: number, required: readonly number[], hierarchy: PermissionCheck['hierarchy']): PermissionCheck {
  const missing = missingKeys(perms, required);
  return { allowed: missing.length === 0 && hierarchy === 'ok', missing, hierarchy };
}
