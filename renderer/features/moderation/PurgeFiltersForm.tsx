// The purge filters: authors (ids, the member selection or a member picked from the list),
// text, regex, links or invites, bots only, time range, up to a message, count.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { displayName } from '../../store/members/selectors';
import { parseAuthorIds, type PurgeForm } from './purgeForm';

export function PurgeFiltersForm({ form, onChange }: { form: PurgeForm; onChange(change: Partial<PurgeForm>): void }) {
  const { t } = useTranslation('moderation');
  const members = useAppStore((s) => s.memberItems);
  const selection = useAppStore((s) => s.memberSelection);
  const addAuthors = (ids: string[]) => onChange({ authors: [...new Set([...parseAuthorIds(form.authors), ...ids])].join(', ') });
  return (
    <div className="kd-mod-purge-form">
      <label className="kd-dialog-field">
        <span>{t('purge.authors')}</span>
        <input value={form.authors} placeholder={t('purge.authorsPlaceholder')} onChange={(e) => onChange({ authors: e.target.value })} />
      </label>
      <div className="kd-mod-row">
        <select aria-label={t('purge.pickMember')} value="" onChange={(e) => e.target.value && addAuthors([e.target.value])}>
          <option value="">{t('purge.pickMember')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {displayName(m)}#{m.identify_num}
            </option>
          ))}
        </select>
        <button type="button" className="kd-button" disabled={selection.length === 0} onClick={() => addAuthors(selection)}>
          {t('purge.useSelection', { count: selection.length })}
        </button>
      </div>
      <label className="kd-dialog-field">
        <span>{t('purge.text')}</span>
        <input value={form.text} maxLength={200} onChange={(e) => onChange({ text: e.target.value })} />
      </label>
      <label className="kd-dialog-field">
        <span>{t('purge.regex')}</span>
        <input value={form.regex} maxLength={200} onChange={(e) => onChange({ regex: e.target.value })} />
      </label>
      <label className="kd-dialog-check">
        <input type="checkbox" checked={form.linksOrInvites} onChange={(e) => onChange({ linksOrInvites: e.target.checked })} />
        <span>{t('purge.links')}</span>
      </label>
      <label className="kd-dialog-check">
        <input type="checkbox" checked={form.botsOnly} onChange={(e) => onChange({ botsOnly: e.target.checked })} />
        <span>{t('purge.bots')}</span>
      </label>
      <div className="kd-mod-row">
        <label className="kd-dialog-field">
          <span>{t('purge.after')}</span>
          <input type="datetime-local" value={form.after} onChange={(e) => onChange({ after: e.target.value })} />
        </label>
        <label className="kd-dialog-field">
          <span>{t('purge.before')}</span>
          <input type="datetime-local" value={form.before} onChange={(e) => onChange({ before: e.target.value })} />
        </label>
      </div>
      <label className="kd-dialog-field">
        <span>{t('purge.until')}</span>
        <input value={form.untilMsgId} onChange={(e) => onChange({ untilMsgId: e.target.value })} />
      </label>
      <label className="kd-dialog-field">
        <span>{t('purge.limit')}</span>
        <input type="number" min={1} max={10_000} value={form.limit} onChange={(e) => onChange({ limit: e.target.value })} />
      </label>
    </div>
  );
}
