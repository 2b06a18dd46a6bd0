import { describe, expect, it, vi } from 'vitest';
import { IpcCallError } from '../../../../shared/ipc';
import { ALL_PERMISSIONS, Permission } from '../../../../shared/kook/permissions';
import { createAppStore } from '../../../../renderer/store';
import { roleLock } from '../../../../renderer/store/roles/canManage';
import { draftOf, roleDiff, updateArgs } from '../../../../renderer/store/roles/roleDiff';
import { fakeApi } from './support/fakeApi';
import { GUILD, detail, role } from './support/fixtures';

describe('role diff', () => {
  const saved = role(13, 'Regulars', 3, Permission.sendMessages);

  it('is empty for an untouched draft', () => {
    expect(roleDiff(saved, draftOf(saved))).toEqual([]);
  });

  it('lists granted and revoked bits, including bit 30, with unsigned masks', () => {
    const draft = { ...draftOf(saved), permissions: (Permission.record | Permission.banMembers) >>> 0 };
    const [change] = roleDiff(saved, draft);
    expect(change).toMatchObject({ field: 'permissions', granted: [7, 30], revoked: [12] });
    expect(updateArgs(roleDiff(saved, draft))).toEqual({ permissions: 2 ** 30 + 128 });
  });

  it('sends only changed fields', () => {
    const draft = { ...draftOf(saved), name: ' Veterans ', hoist: true };
    expect(updateArgs(roleDiff(saved, draft))).toEqual({ name: 'Veterans', hoist: true });
  });
});

describe('role lock', () => {
  it('needs Manage roles or Administrator, and a strictly higher top role', () => {
    expect(roleLock({ botPermissions: 0, botTopPosition: 1 }, { position: 5 })).toBe('missing-permission');
    expect(roleLock({ botPermissions: Permission.manageRoles, botTopPosition: 5 }, { position: 5 })).toBe('position');
    expect(roleLock({ botPermissions: Permission.administrator, botTopPosition: 4 }, { position: 5 })).toBeNull();
    expect(ALL_PERMISSIONS).toBe(2 ** 31 - 1);
  });
});

describe('roles slice', () => {
  function setup() {
    const update = vi.fn(async (args: { roleId: number; permissions?: number }) => ({ ...role(13, 'Regulars', 3), permissions: args.permissions ?? 0 }));
    const create = vi.fn(async () => role(20, 'New', 4));
    const del = vi.fn(async () => undefined);
    const store = createAppStore(fakeApi({ roles: { update, create, delete: del } }));
    store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
    return { store, update, create, del };
  }

  it('saves the full permission mask and takes the answer as the new saved role', async () => {
    const { store, update } = setup();
    store.getState().selectRole(13);
    store.getState().togglePermission(12);
    store.getState().togglePermission(0);
    expect(await store.getState().saveRole()).toBe(true);
    expect(update).toHaveBeenCalledWith({ guildId: GUILD.id, roleId: 13, permissions: 4096 + 1 });
    const saved = store.getState().guildDetail?.roles.find((r) => r.role_id === 13);
    expect(saved?.permissions).toBe(4097);
    expect(roleDiff(saved!, store.getState().roleDraft!)).toEqual([]);
  });

  it('keeps the draft and the error when KOOK refuses', async () => {
    const { store, update } = setup();
    update.mockRejectedValueOnce(new IpcCallError('missing-permission', 'no', { kookCode: 40300 }));
    store.getState().selectRole(13);
    store.getState().editRole({ name: 'X' });
    expect(await store.getState().saveRole()).toBe(false);
    expect(store.getState().roleError).toMatchObject({ code: 'missing-permission', kookCode: 40300 });
    expect(store.getState().roleDraft?.name).toBe('X');
  });

  it('creates a role and selects it, deletes a role and forgets it', async () => {
    const { store, del } = setup();
    await store.getState().createRole('New');
    expect(store.getState().editingRoleId).toBe(20);
    await store.getState().deleteRole(20);
    expect(del).toHaveBeenCalledWith({ guildId: GUILD.id, roleId: 20 });
    expect(store.getState().editingRoleId).toBeNull();
    expect(store.getState().guildDetail?.roles.some((r) => r.role_id === 20)).toBe(false);
  });
});
