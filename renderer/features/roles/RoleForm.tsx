// The selected role: lock banner, name, color, hoist, mentionable, permissions, diff and actions.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { roleLock } from '../../store/roles/canManage';
import { roleDiff } from '../../store/roles/roleDiff';
import { editingRole } from '../../store/roles/selectors';
import { ColorPicker } from './ColorPicker';
import { PermissionToggles } from './PermissionToggles';
import { RoleDiffView } from './RoleDiffView';

export function RoleForm() {
  const { t } = useTranslation('roles');
  const role = useAppStore(editingRole);
  const draft = useAppStore((s) => s.roleDraft);
  const detail = useAppStore((s) => s.guildDetail);
  const busy = useAppStore((s) => s.roleBusy);
  const editRole = useAppStore((s) => s.editRole);
  const saveRole = useAppStore((s) => s.saveRole);
  const discard = useAppStore((s) => s.discardRoleDraft);
  const deleteRole = useAppStore((s) => s.deleteRole);
  const [confirming, setConfirming] = useState(false);
  const changes = useMemo(() => (role && draft ? roleDiff(role, draft) : []), [role, draft]);
  if (!role || !draft || !detail) return null;
  const lock = roleLock(detail, role);
  const everyone = role.role_id === 0;

  return (
    <form
      className="kd-role-form"
      aria-label={role.name}
      onSubmit={(e) => {
        e.preventDefault();
        void saveRole();
      }}
    >
      {lock && (
        <div className="kd-banner kd-banner-warning" role="status">
          {t(lock === 'position' ? 'lockedPosition' : 'lockedPermission')}
        </div>
      )}
      <label>
        {t('name')}
        <input value={draft.name} maxLength={32} disabled={everyone} onChange={(e) => editRole({ name: e.target.value })} />
      </label>
      <ColorPicker color={draft.color} onChange={(color) => editRole({ color })} />
      <label className="kd-check">
        <input type="checkbox" checked={draft.hoist} onChange={(e) => editRole({ hoist: e.target.checked })} />
        {t('hoist')}
      </label>
      <label className="kd-check">
        <input type="checkbox" checked={draft.mentionable} onChange={(e) => editRole({ mentionable: e.target.checked })} />
        {t('mentionable')}
      </label>
      <PermissionToggles mask={draft.permissions} />
      <RoleDiffView changes={changes} />
      <div className="kd-role-actions">
        <button type="submit" className="kd-button kd-primary" disabled={busy || changes.length === 0 || draft.name.trim() === ''}>
          {t('save')}
        </button>
        <button type="button" className="kd-button" disabled={changes.length === 0} onClick={discard}>
          {t('discard')}
        </button>
        {!everyone && (
          <button type="button" className="kd-button kd-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('delete')}
          message={t('confirmDelete', { name: role.name })}
          confirmLabel={t('delete')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void deleteRole(role.role_id);
          }}
        />
      )}
    </form>
  );
}
