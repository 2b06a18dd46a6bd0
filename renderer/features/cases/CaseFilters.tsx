// The case view's filters: action, target id, text search and time range (cases.list filters).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_ACTIONS } from '../../../shared/ipc';
import { useAppStore } from '../../store';

const SEARCH_DEBOUNCE_MS = 300;

function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | null {
  if (value === '') return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

export function CaseFilters() {
  const { t } = useTranslation('cases');
  const filters = useAppStore((s) => s.caseFilters);
  const setFilters = useAppStore((s) => s.setCaseFilters);
  const [search, setSearch] = useState(filters.search);
  const [target, setTarget] = useState(filters.targetId);

  useEffect(() => {
    if (search === filters.search && target === filters.targetId) return;
    // Typing should not query the case log per keystroke.
    const timer = setTimeout(() => setFilters({ search, targetId: target }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, target, filters.search, filters.targetId, setFilters]);

  return (
    <div className="kd-case-filters" role="search" aria-label={t('filters')}>
      <select aria-label={t('filterAction')} value={filters.action} onChange={(e) => setFilters({ action: e.target.value })}>
        <option value="">{t('allActions')}</option>
        {CASE_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {t(`actions.${a}`)}
          </option>
        ))}
      </select>
      <input aria-label={t('filterTarget')} placeholder={t('filterTarget')} value={target} inputMode="numeric" onChange={(e) => setTarget(e.target.value)} />
      <input type="search" aria-label={t('search')} placeholder={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <label>
        {t('since')}
        <input type="datetime-local" value={toLocalInput(filters.since)} onChange={(e) => setFilters({ since: fromLocalInput(e.target.value) })} />
      </label>
      <label>
        {t('until')}
        <input type="datetime-local" value={toLocalInput(filters.until)} onChange={(e) => setFilters({ until: fromLocalInput(e.target.value) })} />
      </label>
    </div>
  );
}
