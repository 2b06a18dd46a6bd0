// Filters by signal, event type, guild, channel, user and free text or /regex/ (issue 5).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { compileInspectorFilter, EMPTY_FILTER, type InspectorFilterInput } from '../../store/inspector/filter';

const SIGNALS = ['0', '1', '2', '3', '4', '5', '6'];

export function FrameFilters() {
  const { t } = useTranslation('inspector');
  const filter = useAppStore((s) => s.inspectorFilter);
  const setFilter = useAppStore((s) => s.setInspectorFilter);
  const bad = !compileInspectorFilter(filter).ok;
  const change = (key: keyof InspectorFilterInput) => (e: { target: { value: string } }) => void setFilter({ ...filter, [key]: e.target.value });
  return (
    <fieldset className="kd-inspector-filters">
      <legend className="kd-sr-only">{t('filters.label')}</legend>
      <select aria-label={t('filters.signal')} value={filter.signal} onChange={change('signal')}>
        <option value="">{t('filters.anySignal')}</option>
        {SIGNALS.map((s) => (
          <option key={s} value={s}>
            s={s}
          </option>
        ))}
      </select>
      <input aria-label={t('filters.eventType')} placeholder={t('filters.eventType')} value={filter.eventType} onChange={change('eventType')} size={12} />
      <input aria-label={t('filters.guild')} placeholder={t('filters.guild')} value={filter.guildId} onChange={change('guildId')} size={14} />
      <input aria-label={t('filters.channel')} placeholder={t('filters.channel')} value={filter.channelId} onChange={change('channelId')} size={14} />
      <input aria-label={t('filters.user')} placeholder={t('filters.user')} value={filter.userId} onChange={change('userId')} size={12} />
      <input aria-label={t('filters.text')} placeholder={t('filters.text')} value={filter.text} onChange={change('text')} aria-invalid={bad} size={18} />
      <button type="button" className="kd-link-button" onClick={() => void setFilter(EMPTY_FILTER)}>
        {t('filters.clear')}
      </button>
      {bad && <span role="alert">{t('filters.badRegex')}</span>}
    </fieldset>
  );
}
