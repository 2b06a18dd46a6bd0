// The status bar: a colored dot and the connection state in words, the bot acted as, session id prefix, RTT,
// resume count, live event rate, REST queue, observer badge, then Inspector and Cases (UI.md "Status bar").
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { connectionTone, sessionPrefix } from '../../store/status/selectors';

export function StatusBar() {
  const { t, i18n } = useTranslation('status');
  const inspector = useTranslation('inspector').t;
  const moderation = useTranslation('moderation').t;
  const session = useAppStore((s) => s.session);
  const prefix = useAppStore(sessionPrefix);
  const openInspector = useAppStore((s) => s.openInspector);
  const openModerationView = useAppStore((s) => s.openModerationView);
  const hasGuild = useAppStore((s) => s.guildDetail !== null);
  if (!session) return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const state = t(`state.${session.connection}`);
  return (
    <footer className="kd-statusbar" role="status" aria-label={t('bar')}>
      {/* UI.md: clicking the connection state opens the inspector on the connection timeline. */}
      <button type="button" className="kd-status-state kd-link-button" title={session.reason ?? undefined} aria-label={`${state} · ${inspector('openTimeline')}`} onClick={() => void openInspector('timeline')}>
        <span className={`kd-dot kd-tone-${connectionTone(session.connection)}`} aria-hidden="true" /> {state}
      </button>
      {session.bot && (
        <span className="kd-status-bot" title={t('botTitle', { bot: `${session.bot.username}#${session.bot.identifyNum}`, profile: session.profile?.name ?? '' })}>
          {t('bot', { name: session.bot.username })}
        </span>
      )}
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
      <button type="button" className="kd-link-button" onClick={() => void openInspector('frames')}>
        {inspector('open')}
      </button>
      {hasGuild && (
        <button type="button" className="kd-link-button" onClick={() => openModerationView('cases')}>
          {moderation('menu.cases')}
        </button>
      )}
    </footer>
  );
}
