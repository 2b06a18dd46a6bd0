// The per-action fields of ModerationDialog other than duration and reason: message-deletion
// days for a ban (REST.md blacklist/create del_msg_days ≤ 7), the DM notice, KOOK's slow-mode
// steps, a nickname and a role.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { rolesInOrder } from '../../store/guilds/selectors';
import type { DialogField, DialogValues } from './actions';
import { SLOW_MODE_STEPS_MS, slowModeLabel } from './durations';

const DAYS = [0, 1, 2, 3, 4, 5, 6, 7];

export function DialogFields({ fields, values, onChange }: { fields: readonly DialogField[]; values: DialogValues; onChange(change: Partial<DialogValues>): void }) {
  const { t } = useTranslation('moderation');
  const roles = useAppStore(useShallow(rolesInOrder));
  return (
    <>
      {fields.includes('days') && (
        <label className="kd-dialog-field">
          <span>{t('deleteDays')}</span>
          <select value={values.delMsgDays} onChange={(e) => onChange({ delMsgDays: Number(e.target.value) })}>
            {DAYS.map((d) => (
              <option key={d} value={d}>
                {t('msgDays', { count: d })}
              </option>
            ))}
          </select>
        </label>
      )}
      {fields.includes('notify') && (
        <label className="kd-dialog-check">
          <input type="checkbox" checked={values.notify} onChange={(e) => onChange({ notify: e.target.checked })} />
          <span>{t('notify')}</span>
        </label>
      )}
      {fields.includes('slowMode') && (
        <label className="kd-dialog-field">
          <span>{t('slowMode')}</span>
          <select value={values.slowModeMs} onChange={(e) => onChange({ slowModeMs: Number(e.target.value) })}>
            {SLOW_MODE_STEPS_MS.map((ms) => (
              <option key={ms} value={ms}>
                {slowModeLabel(ms, t)}
              </option>
            ))}
          </select>
        </label>
      )}
      {fields.includes('nickname') && (
        <label className="kd-dialog-field">
          <span>{t('nickname')}</span>
          <input value={values.nickname} minLength={2} maxLength={64} onChange={(e) => onChange({ nickname: e.target.value })} />
        </label>
      )}
      {fields.includes('role') && (
        <label className="kd-dialog-field">
          <span>{t('role')}</span>
          <select value={values.roleId ?? ''} onChange={(e) => onChange({ roleId: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('chooseRole')}</option>
            {roles
              .filter((r) => r.role_id !== 0)
              .map((r) => (
                <option key={r.role_id} value={r.role_id}>
                  {r.name}
                </option>
              ))}
          </select>
        </label>
      )}
    </>
  );
}
