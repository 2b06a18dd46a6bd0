// The Cases view (issue 5 "Case log"): filters and search, the virtualized list, the selected
// case's detail, export to CSV / JSONL, the log channel, and the late-expiry notice.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import type { UiError } from '../../store/uiError';
import { CaseDetail } from './CaseDetail';
import { CaseFilters } from './CaseFilters';
import { CaseList } from './CaseList';
import { downloadText, mimeOf } from './download';
import { LogChannelPicker } from './LogChannelPicker';
import { MissedNotice } from './MissedNotice';
import './cases.css';

export function CasesView() {
  const { t, i18n } = useTranslation('cases');
  const guildId = useAppStore((s) => s.selectedGuildId);
  const load = useAppStore((s) => s.loadCases);
  const total = useAppStore((s) => s.caseTotal);
  const error = useAppStore((s) => s.casesError);
  const selected = useAppStore((s) => s.caseItems.find((c) => c.id === s.selectedCaseId) ?? null);
  const exportCases = useAppStore((s) => s.exportCases);
  const [exportError, setExportError] = useState<UiError | null>(null);

  useEffect(() => {
    void load();
  }, [load, guildId]);

  async function runExport(format: 'csv' | 'jsonl') {
    const answer = await exportCases(format);
    if ('code' in answer) return setExportError(answer);
    setExportError(null);
    downloadText(answer.fileName, answer.content, mimeOf(format));
  }

  return (
    <section className="kd-cases" aria-label={t('title')}>
      <header className="kd-cases-head">
        <h2>{t('title')}</h2>
        <span className="kd-muted">{t('total', { count: total, formatted: new Intl.NumberFormat(i18n.language).format(total) })}</span>
        <span className="kd-toolbar-spacer" />
        <LogChannelPicker />
        <button type="button" className="kd-button" onClick={() => void runExport('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" className="kd-button" onClick={() => void runExport('jsonl')}>
          {t('exportJsonl')}
        </button>
      </header>
      <MissedNotice />
      <CaseFilters />
      <ErrorNotice error={error ?? exportError} onDismiss={exportError ? () => setExportError(null) : undefined} />
      <div className={selected ? "kd-cases-body" : "kd-cases-body kd-cases-full"}>
        <CaseList />
        {selected && <CaseDetail key={`${selected.id}:${selected.reason ?? ''}`} c={selected} />}
      </div>
    </section>
  );
}
