// The status bar: a colored dot and the connection state in words, session id prefix, RTT,
// resume count, live event rate, REST queue, observer badge (UI.md "Status bar").
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { connectionTone, sessionPrefix } from '../../store/status/selectors';

export function StatusBar() {
  const { t, i18n } = useTranslation('status');
  const session = useAppStore((s) => s.session);
  const prefix = useAppStore(sessionPrefix);
  if (!session) return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const state = t(`state.${session.connection}`);
  return (
    <footer className="kd-statusbar" role="status" aria-label={t('bar')}>
      <span className="kd-status-state" title={session.reason ?? undefined}>
        <span className={`kd-dot kd-tone-${connectionTone(session.connection)}`} aria-hidden="true" /> {state}
      </span>
      {prefix && <span>{t('session', { id: prefix })}</span>}
      {session.rttMs !== null && <span>{t('rtt', { ms: Math.round(session.rttMs) })}</span>}
      <span>{t('resumes', { count: session.resumes })}</span>
      <span>{t('rate', { rate: number.format(session.eventsPerSecond) })}</span>
      <span>{t('rest', { count: session.restQueued })}</span>
      {session.observer && (
        <span className="kd-badge kd-badge-info" title={t('observerHint')}>
          {t('observer')}
        </span>
      )}
      {session.demo && <span className="kd-badge">{t('demo')}</span>}
    </footer>
  );
}
