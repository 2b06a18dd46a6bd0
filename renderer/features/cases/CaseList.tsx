// The virtualized case list (UI.md: everything long is virtualized): number, action in words,
// target, reason, moderator, time, result (KOOK code on hover), duration/expiry, undone marker.
// Nearing the end asks for the next page.
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/ipc';
import { fullTime, shortTime } from '../../components/time';
import { useAppStore } from '../../store';
import { useNameLookup, type NameLookup } from '../members/useNameLookup';
import { actionWords, actorWords, durationText, resultWords, targetWords } from './caseText';
import { usePagedVirtualList } from '../../components/usePagedVirtualList';

const ROW_HEIGHT = 34;

export function CaseList() {
  const { t } = useTranslation('cases');
  const items = useAppStore((s) => s.caseItems);
  const loading = useAppStore((s) => s.casesLoading);
  const hasMore = useAppStore((s) => s.caseItems.length < s.caseTotal);
  const loadMore = useAppStore((s) => s.loadMoreCases);
  const names = useNameLookup();
  const { scrollRef, virtualizer, rows } = usePagedVirtualList({ items, rowHeight: ROW_HEIGHT, overscan: 10, prefetch: 20, hasMore, loading, loadMore });

  if (!loading && items.length === 0) return <p className="kd-muted kd-pad">{t('none')}</p>;
  const head = (k: string) => <span title={t(`columns.${k}`)}>{t(`columns.${k}`)}</span>;
  return (
    <div className="kd-case-table">
      <div className="kd-case-cols kd-case-head" aria-hidden="true">
        {head('id')}{head('action')}{head('target')}{head('reason')}{head('moderator')}{head('time')}{head('result')}{head('duration')}{head('undone')}
      </div>
      <div ref={scrollRef} className="kd-case-scroll" role="list" aria-label={t('list')} aria-busy={loading}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const c = items[row.index];
            return c ? <CaseRow key={row.key} c={c} top={row.start} names={names} /> : null;
          })}
        </div>
      </div>
    </div>
  );
}

function CaseRow({ c, top, names }: { c: CaseView; top: number; names: NameLookup }) {
  const { t, i18n } = useTranslation('cases');
  const selected = useAppStore((s) => s.selectedCaseId === c.id);
  const select = useAppStore((s) => s.selectCase);
  const result = resultWords(c, t);
  const action = actionWords(c, t);
  const target = targetWords(c, names, t);
  const actor = actorWords(c, names, t);
  const duration = durationText(c, t, i18n.language);
  return (
    <div role="listitem" className="kd-case-row" data-selected={selected || undefined} style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <button type="button" className="kd-case-cols" aria-label={t('rowLabel', { id: c.id, action, target: target.text })} aria-pressed={selected} onClick={() => select(c.id)}>
        <span className="kd-case-id">#{c.id}</span>
        <span className="kd-case-action" title={action}>{action}</span>
        <span className="kd-case-target" title={target.title}>{target.text}</span>
        <span className="kd-case-reason kd-muted" title={c.reason ?? ''}>{c.reason ?? '—'}</span>
        <span className="kd-case-actor" title={actor.title}>{actor.text}</span>
        <time title={fullTime(c.createdAt, i18n.language)}>{shortTime(c.createdAt, i18n.language)}</time>
        <span className={c.result.ok ? 'kd-case-ok' : 'kd-case-failed'} title={result.title}>
          {result.text}
        </span>
        <span className="kd-case-duration kd-muted" title={duration}>{duration}</span>
        {c.undoneByCaseId !== null && <span className="kd-badge" title={t('undone', { id: c.undoneByCaseId })}>{t('undone', { id: c.undoneByCaseId })}</span>}
      </button>
    </div>
  );
}
