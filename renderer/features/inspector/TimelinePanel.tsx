// The connection timeline (every state change with its reason), the stats charts and the
// gap / duplicate / reorder markers (issue 5).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { clock } from './FrameList';
import { Sparkline } from './Sparkline';

export function TimelinePanel() {
  const { t, i18n } = useTranslation('inspector');
  const timeline = useAppStore((s) => s.inspectorTimeline);
  const stats = useAppStore((s) => s.inspectorStats);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="kd-inspector-timeline">
      <div className="kd-charts">
        <Sparkline label={t('charts.eps')} points={stats?.eventsPerSecond ?? []} noData={t('charts.noData')} latest={(v) => t('charts.latest', { value: number.format(v) })} />
        <Sparkline label={t('charts.rtt')} points={stats?.rttMs ?? []} noData={t('charts.noData')} latest={(v) => t('charts.latest', { value: number.format(v) })} />
      </div>
      <h3>{t('markers.title')}</h3>
      <ul aria-label={t('markers.title')} className="kd-marker-list">
        {(stats?.markers ?? []).length === 0 && <li className="kd-muted">{t('markers.none')}</li>}
        {(stats?.markers ?? []).slice(-200).map((m, i) => (
          <li key={`${m.at}-${i}`} className={`kd-marker-${m.kind}`}>
            <time title={new Date(m.at).toString()}>{clock(m.at)}</time> {t(`markers.${m.kind}`, { from: m.fromSn ?? '?', to: m.toSn ?? '?' })}
          </li>
        ))}
      </ul>
      <h3>{t('timeline.list')}</h3>
      <ol aria-label={t('timeline.list')} className="kd-timeline">
        {timeline.length === 0 && <li className="kd-muted">{t('timeline.empty')}</li>}
        {timeline.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <time title={new Date(e.at).toString()}>{clock(e.at)}</time> <strong>{t('timeline.entry', { from: e.from, to: e.to })}</strong>{' '}
            <span className="kd-muted">{e.reason}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
