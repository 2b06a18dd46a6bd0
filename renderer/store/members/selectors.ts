import type { MemberView } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import type { AllSlices } from '../types';

/** The member's most senior role (smallest position), whose color the row shows. */
export function highestRole(member: Pick<MemberView, 'roles'>, roles: readonly Role[]): Role | null {
  let best: Role | null = null;
  for (const r of roles) {
    if (!member.roles.includes(r.role_id)) continue;
    if (!best || r.position < best.position) best = r;
  }
  return best;
}

export const hasMoreMembers = (s: AllSlices): boolean => s.memberPage < s.memberPageTotal;

export const displayName = (m: Pick<MemberView, 'nickname' | 'username'>): string => m.nickname || m.username;
