// Guild menu → Roles: roles in position order on the left, the selected role's draft on the
// right, a diff before saving (UI.md "Role editor").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { colorHex } from '../../components/color';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import { rolesInOrder } from '../../store/guilds/selectors';
import { RoleForm } from './RoleForm';

export function RoleEditor() {
  const { t } = useTranslation('roles');
  const roles = useAppStore(useShallow(rolesInOrder));
  const editingRoleId = useAppStore((s) => s.editingRoleId);
  const selectRole = useAppStore((s) => s.selectRole);
  const createRole = useAppStore((s) => s.createRole);
  const busy = useAppStore((s) => s.roleBusy);
  const error = useAppStore((s) => s.roleError);
  const [newName, setNewName] = useState('');

  return (
    <section className="kd-role-editor" aria-label={t('title')}>
      <div className="kd-role-list">
        <h2>{t('title')}</h2>
        <ul aria-label={t('list')} title={t('orderNote')}>
          {roles.map((r) => (
            <li key={r.role_id}>
              <button
                type="button"
                className={r.role_id === editingRoleId ? 'kd-selected' : undefined}
                aria-current={r.role_id === editingRoleId ? 'true' : undefined}
                onClick={() => selectRole(r.role_id)}
              >
                <span className="kd-swatch" style={{ background: colorHex(r.color) }} aria-hidden="true" />
                {r.role_id === 0 ? t('everyone') : r.name}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="kd-role-create"
          onSubmit={(e) => {
            e.preventDefault();
            const name = newName.trim();
            if (!name) return;
            void createRole(name).then((ok) => ok && setNewName(''));
          }}
        >
          <input aria-label={t('newRoleName')} placeholder={t('newRoleName')} value={newName} maxLength={32} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit" className="kd-button" disabled={busy || newName.trim() === ''}>
            {t('create')}
          </button>
        </form>
      </div>
      <div className="kd-role-detail">
        <ErrorNotice error={error} />
        {editingRoleId === null ? <p className="kd-muted">{t('select')}</p> : <RoleForm />}
      </div>
    </section>
  );
}
