// The REST panel (issue 5): every rate-limit bucket with its budget, a live reset countdown and
// its queue; 429 / 401 / 40300 counters.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';

export function RestPanelView() {
  const { t } = useTranslation('inspector');
  const rest = useAppStore((s) => s.inspectorRest);
  const now = useNow(500);
  const secondsTo = (at: number | null): string => (at === null || at <= now ? t('rest.unknown') : t('rest.resetIn', { seconds: ((at - now) / 1000).toFixed(1) }));
  if (!rest) return <p className="kd-muted kd-pad">{t('rest.none')}</p>;
  return (
    <section aria-label={t('rest.title')} className="kd-rest-panel">
      <h3>{t('rest.counters')}</h3>
      <dl className="kd-rest-counters">
        <dt>{t('rest.rateLimited')}</dt>
        <dd>{rest.counters.rateLimited}</dd>
        <dt>{t('rest.unauthorized')}</dt>
        <dd>{rest.counters.unauthorized}</dd>
        <dt>{t('rest.forbidden')}</dt>
        <dd>{rest.counters.forbidden}</dd>
      </dl>
      {rest.globalBlockedUntil !== null && rest.globalBlockedUntil > now && (
        <p role="alert">{t('rest.globalBlocked', { seconds: ((rest.globalBlockedUntil - now) / 1000).toFixed(1) })}</p>
      )}
      {rest.buckets.length === 0 ? (
        <p className="kd-muted">{t('rest.none')}</p>
      ) : (
        <table aria-label={t('rest.title')}>
          <thead>
            <tr>
              <th scope="col">{t('rest.bucket')}</th>
              <th scope="col">{t('rest.budget')}</th>
              <th scope="col">{t('rest.reset')}</th>
              <th scope="col">{t('rest.queue')}</th>
              <th scope="col">{t('rest.inFlight')}</th>
            </tr>
          </thead>
          <tbody>
            {rest.buckets.map((b) => (
              <tr key={b.bucket}>
                <th scope="row" title={b.routes.join(', ')}>{b.bucket}</th>
                <td>{b.limit === null ? t('rest.unknown') : `${b.remaining ?? '?'}/${b.limit}`}</td>
                <td>{secondsTo(b.resetAt)}</td>
                <td>{b.queued}</td>
                <td>{b.inFlight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The current time, ticking, for countdowns. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
