// What "Save changes" will send, line by line.
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../../shared/kook/permissions';
import { colorHex } from '../../components/color';
import type { RoleChange } from '../../store/roles/roleDiff';
import { permissionName } from './PermissionToggles';

export function RoleDiffView({ changes }: { changes: RoleChange[] }) {
  const { t, i18n } = useTranslation('roles');
  const yesNo = (v: boolean) => t(v ? 'yes' : 'no');
  const name = (bit: number) => {
    const p = PERMISSIONS.find((x) => x.bit === bit);
    return p ? permissionName(p, i18n.language) : String(bit);
  };
  const lines: string[] = [];
  for (const c of changes) {
    if (c.field === 'name') lines.push(t('changeName', { from: c.from, to: c.to }));
    else if (c.field === 'color') lines.push(t('changeColor', { from: colorHex(c.from), to: colorHex(c.to) }));
    else if (c.field === 'hoist') lines.push(t('changeHoist', { from: yesNo(c.from), to: yesNo(c.to) }));
    else if (c.field === 'mentionable') lines.push(t('changeMentionable', { from: yesNo(c.from), to: yesNo(c.to) }));
    else {
      for (const bit of c.granted) lines.push(t('granted', { name: name(bit) }));
      for (const bit of c.revoked) lines.push(t('revoked', { name: name(bit) }));
    }
  }
  return (
    <section className="kd-diff" aria-label={t('diffTitle')}>
      <h3>{t('diffTitle')}</h3>
      {lines.length === 0 ? (
        <p className="kd-muted">{t('noChanges')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
