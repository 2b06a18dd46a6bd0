// The role editor: the selected role's draft against its saved version; saving sends only the
// changed fields (permissions as the full mask), creating and deleting go straight to KOOK.
import type { Api } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { draftOf, roleDiff, toggleBit, updateArgs, type RoleDraft } from './roleDiff';

export interface RolesSlice {
  editingRoleId: number | null;
  roleDraft: RoleDraft | null;
  roleBusy: boolean;
  roleError: UiError | null;
  openRoleEditor(): void;
  closeRoleEditor(): void;
  selectRole(roleId: number): void;
  editRole(patch: Partial<RoleDraft>): void;
  togglePermission(bit: number): void;
  discardRoleDraft(): void;
  saveRole(): Promise<boolean>;
  createRole(name: string): Promise<boolean>;
  deleteRole(roleId: number): Promise<boolean>;
}

export const createRolesSlice =
  (api: Api): SliceCreator<RolesSlice> =>
  (set, get) => {
    const savedRole = (roleId: number | null) => get().guildDetail?.roles.find((r) => r.role_id === roleId);

    async function guarded<T>(call: () => Promise<T>): Promise<T | null> {
      set({ roleBusy: true, roleError: null });
      try {
        const value = await call();
        set({ roleBusy: false });
        return value;
      } catch (error) {
        set({ roleBusy: false, roleError: toUiError(error) });
        return null;
      }
    }

    return {
      editingRoleId: null,
      roleDraft: null,
      roleBusy: false,
      roleError: null,
      openRoleEditor() {
        get().setView('roles');
      },
      closeRoleEditor() {
        set({ editingRoleId: null, roleDraft: null, roleError: null });
        if (get().view === 'roles') get().setView('channel');
      },
      selectRole(roleId) {
        const role = savedRole(roleId);
        set({ editingRoleId: roleId, roleDraft: role ? draftOf(role) : null, roleError: null });
      },
      editRole(patch) {
        const draft = get().roleDraft;
        if (draft) set({ roleDraft: { ...draft, ...patch } });
      },
      togglePermission(bit) {
        const draft = get().roleDraft;
        if (draft) set({ roleDraft: { ...draft, permissions: toggleBit(draft.permissions, bit) } });
      },
      discardRoleDraft() {
        const role = savedRole(get().editingRoleId);
        set({ roleDraft: role ? draftOf(role) : null, roleError: null });
      },
      async saveRole() {
        const { editingRoleId, roleDraft, selectedGuildId } = get();
        const role = savedRole(editingRoleId);
        if (!role || !roleDraft || !selectedGuildId) return false;
        const changes = roleDiff(role, roleDraft);
        if (changes.length === 0) return true;
        const updated = await guarded(() =>
          api.roles.update({ guildId: selectedGuildId, roleId: role.role_id, ...updateArgs(changes) }),
        );
        if (!updated) return false;
        get().applyRoleChanged({ guildId: selectedGuildId, role: updated, change: 'updated' });
        if (get().editingRoleId === updated.role_id) set({ roleDraft: draftOf(updated) });
        return true;
      },
      async createRole(name) {
        const guildId = get().selectedGuildId;
        if (!guildId) return false;
        const role = await guarded(() => api.roles.create({ guildId, name }));
        if (!role) return false;
        get().applyRoleChanged({ guildId, role, change: 'added' });
        get().selectRole(role.role_id);
        return true;
      },
      async deleteRole(roleId) {
        const guildId = get().selectedGuildId;
        const role = savedRole(roleId);
        if (!guildId || !role) return false;
        const done = await guarded(async () => {
          await api.roles.delete({ guildId, roleId });
          return true;
        });
        if (!done) return false;
        get().applyRoleChanged({ guildId, role, change: 'deleted' });
        if (get().editingRoleId === roleId) set({ editingRoleId: null, roleDraft: null });
        return true;
      },
    };
  };
