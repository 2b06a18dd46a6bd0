import type { Role } from '../../../shared/kook/objects';
import type { AllSlices } from '../types';
import { roleLock, type RoleLock } from './canManage';
import { roleDiff, type RoleChange } from './roleDiff';

export const editingRole = (s: AllSlices): Role | null =>
  s.guildDetail?.roles.find((r) => r.role_id === s.editingRoleId) ?? null;

export function pendingRoleChanges(s: AllSlices): RoleChange[] {
  const role = editingRole(s);
  return role && s.roleDraft ? roleDiff(role, s.roleDraft) : [];
}

export function editingRoleLock(s: AllSlices): RoleLock {
  const role = editingRole(s);
  return role && s.guildDetail ? roleLock(s.guildDetail, role) : null;
}
