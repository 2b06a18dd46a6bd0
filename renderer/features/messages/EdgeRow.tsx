// The row at an unloaded end of the reader's block: skeleton rows while a page loads, the gap
// marker ("Older history not loaded here — load") otherwise, and "Load more" with the error once
// auto-paging gave up (STYLE.md "From Mattermost and TanStack Virtual").
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { GapRow } from './history';
import { autoPagingStopped, type SidePaging } from '../../store/messages/paging';

export function EdgeRow({ row, paging, onLoad }: { row: GapRow; paging: SidePaging; onLoad(): void }) {
  const { t } = useTranslation('messages');
  const older = row.side === 'older';
  if (paging.loading) {
    return (
      <div className="kd-msg-skeletons" role="status" aria-label={t(older ? 'loadingOlder' : 'loadingNewer')}>
        {[0, 1, 2].map((i) => (
          <div key={i} className="kd-msg-skeleton" aria-hidden="true">
            <span className="kd-msg-skeleton-avatar" />
            <span className="kd-msg-skeleton-lines" />
          </div>
        ))}
      </div>
    );
  }
  if (autoPagingStopped(paging)) {
    return (
      <div className="kd-msg-gap kd-msg-gap-failed">
        <ErrorNotice error={paging.error} />
        <button type="button" className="kd-button" onClick={onLoad}>
          {t('loadMore')}
        </button>
      </div>
    );
  }
  return (
    <div className="kd-msg-gap">
      <button type="button" className="kd-link-button" onClick={onLoad}>
        {t(older ? 'olderGap' : 'newerGap')}
      </button>
    </div>
  );
}
