// Permissions grouped General / Membership / Text / Voice, each a toggle with its name and a
// one-line explanation in the current language (REST.md A.12).
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type PermissionInfo } from '../../../shared/kook/permissions';
import { useAppStore } from '../../store';
import { bitSet } from '../../store/roles/roleDiff';

const GROUPS: { group: PermissionInfo['group']; label: string }[] = [
  { group: 'general', label: 'groupGeneral' },
  { group: 'membership', label: 'groupMembership' },
  { group: 'text', label: 'groupText' },
  { group: 'voice', label: 'groupVoice' },
];

export function permissionName(p: PermissionInfo, language: string): string {
  return language.startsWith('zh') ? p.zh : p.en;
}

export function PermissionToggles({ mask }: { mask: number }) {
  const { t, i18n } = useTranslation('roles');
  const help = useTranslation('permissionHelp').t;
  const togglePermission = useAppStore((s) => s.togglePermission);
  return (
    <div className="kd-permissions">
      <h3>{t('permissions')}</h3>
      {GROUPS.map(({ group, label }) => (
        <fieldset key={group}>
          <legend>{t(label)}</legend>
          {PERMISSIONS.filter((p) => p.group === group).map((p) => {
            const id = `perm-${p.key}`;
            return (
              <div key={p.bit} className="kd-permission">
                <input id={id} type="checkbox" role="switch" checked={bitSet(mask, p.bit)} aria-describedby={`${id}-help`} onChange={() => togglePermission(p.bit)} />
                <label htmlFor={id}>{permissionName(p, i18n.language)}</label>
                <span id={`${id}-help`} className="kd-muted">
                  {help(p.key)}
                </span>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
