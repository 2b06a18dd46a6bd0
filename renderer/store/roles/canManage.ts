// Whether the bot may edit a role: REST.md A.12 "Role hierarchy" — it needs Manage roles (bit 10)
// or Administrator (bit 0), and its highest role must rank strictly above (smaller position).
import type { GuildDetail } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import { bitSet } from './roleDiff';

export type RoleLock = 'missing-permission' | 'position' | null;

export function roleLock(detail: Pick<GuildDetail, 'botPermissions' | 'botTopPosition'>, role: Pick<Role, 'position'>): RoleLock {
  const perms = detail.botPermissions;
  if (!bitSet(perms, 0) && !bitSet(perms, 10)) return 'missing-permission';
  if (!(detail.botTopPosition < role.position)) return 'position';
  return null;
}
