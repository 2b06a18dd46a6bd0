import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS } from '../../../shared/kook/permissions';
import { effectivePermissions, NO_ROLE_POSITION, OWNER_POSITION, topRolePosition } from '../../../main/services/permissions';

const guild = {
  ownerId: '1',
  roles: [
    { role_id: 0, position: 999, permissions: 2048 },
    { role_id: 10, position: 2, permissions: 4096 },
    { role_id: 11, position: 5, permissions: 128 },
    { role_id: 12, position: 7, permissions: 1 },
  ],
};

describe('effectivePermissions (REST.md A.12)', () => {
  it('gives the owner every bit', () => {
    expect(effectivePermissions(guild, '1', [])).toBe(ALL_PERMISSIONS);
  });
  it('ORs @everyone with the member roles', () => {
    expect(effectivePermissions(guild, '2', [10, 11])).toBe(2048 | 4096 | 128);
  });
  it('counts @everyone even for a member with no roles', () => {
    expect(effectivePermissions(guild, '2', [])).toBe(2048);
  });
  it('turns administrator into every bit', () => {
    expect(effectivePermissions(guild, '2', [12])).toBe(ALL_PERMISSIONS);
  });
  it('ignores role ids the guild does not have', () => {
    expect(effectivePermissions(guild, '2', [404])).toBe(2048);
  });
});

describe('topRolePosition', () => {
  it('is the smallest position among the member roles', () => {
    expect(topRolePosition(guild, '2', [11, 10])).toBe(2);
  });
  it('ranks the owner above every role and a role-less member below all', () => {
    expect(topRolePosition(guild, '1', [])).toBe(OWNER_POSITION);
    expect(topRolePosition(guild, '2', [0])).toBe(NO_ROLE_POSITION);
  });
});
