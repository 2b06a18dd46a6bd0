// What saving a role would change: compared field by field, permissions bit by bit, so the
// editor can show a clear diff before anything is sent (UI.md "Role editor").
import type { Role } from '../../../shared/kook/objects';
import { PERMISSIONS } from '../../../shared/kook/permissions';

export interface RoleDraft {
  name: string;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  permissions: number;
}

export type RoleChange =
  | { field: 'name'; from: string; to: string }
  | { field: 'color'; from: number; to: number }
  | { field: 'hoist'; from: boolean; to: boolean }
  | { field: 'mentionable'; from: boolean; to: boolean }
  | { field: 'permissions'; from: number; to: number; granted: number[]; revoked: number[] };

export function draftOf(role: Role): RoleDraft {
  return {
    name: role.name,
    color: role.color,
    hoist: role.hoist === 1,
    mentionable: role.mentionable === 1,
    permissions: role.permissions >>> 0,
  };
}

export function roleDiff(saved: Role, draft: RoleDraft): RoleChange[] {
  const base = draftOf(saved);
  const changes: RoleChange[] = [];
  if (draft.name.trim() !== base.name) changes.push({ field: 'name', from: base.name, to: draft.name.trim() });
  if (draft.color !== base.color) changes.push({ field: 'color', from: base.color, to: draft.color });
  if (draft.hoist !== base.hoist) changes.push({ field: 'hoist', from: base.hoist, to: draft.hoist });
  if (draft.mentionable !== base.mentionable) changes.push({ field: 'mentionable', from: base.mentionable, to: draft.mentionable });
  const from = base.permissions;
  const to = draft.permissions >>> 0;
  if (from !== to) {
    // REST.md A.12: bits up to 30, so unsigned math throughout.
    const granted = PERMISSIONS.filter((p) => !bitSet(from, p.bit) && bitSet(to, p.bit)).map((p) => p.bit);
    const revoked = PERMISSIONS.filter((p) => bitSet(from, p.bit) && !bitSet(to, p.bit)).map((p) => p.bit);
    changes.push({ field: 'permissions', from, to, granted, revoked });
  }
  return changes;
}

export function bitSet(mask: number, bit: number): boolean {
  return ((mask >>> 0) & (2 ** bit)) !== 0;
}

export function toggleBit(mask: number, bit: number): number {
  return ((mask >>> 0) ^ (2 ** bit)) >>> 0;
}

/** The arguments of roles.update for these changes: only changed fields, permissions as the full mask. */
export function updateArgs(changes: RoleChange[]): {
  name?: string;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
  permissions?: number;
} {
  const args: { name?: string; color?: number; hoist?: boolean; mentionable?: boolean; permissions?: number } = {};
  for (const c of changes) {
    if (c.field === 'name') args.name = c.to;
    else if (c.field === 'color') args.color = c.to;
    else if (c.field === 'hoist') args.hoist = c.to;
    else if (c.field === 'mentionable') args.mentionable = c.to;
    else args.permissions = c.to;
  }
  return args;
}
