// With no session: two clear choices, the demo server or a bot token (UI.md "Demo first"),
// plus saved profiles to reconnect with.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { ConnectForm } from './ConnectForm';

export function StartScreen() {
  const { t } = useTranslation('session');
  const openDemo = useAppStore((s) => s.openDemo);
  const connectProfile = useAppStore((s) => s.connectProfile);
  const busy = useAppStore((s) => s.sessionBusy);
  const profiles = useAppStore(useShallow((s) => s.profiles.filter((p) => p.kind === 'bot' && p.tokenStorage !== 'none')));

  return (
    <main className="kd-start" aria-label={t('title')}>
      <h1>{t('title')}</h1>
      <p className="kd-muted">{t('subtitle')}</p>
      <div className="kd-start-choices">
        <section className="kd-card">
          <h2>{t('openDemo')}</h2>
          <p className="kd-muted">{t('openDemoHint')}</p>
          <button type="button" className="kd-button kd-primary" disabled={busy} onClick={() => void openDemo()}>
            {t('openDemo')}
          </button>
        </section>
        <ConnectForm />
      </div>
      {profiles.length > 0 && (
        <section className="kd-card" aria-label={t('savedProfiles')}>
          <h2>{t('savedProfiles')}</h2>
          {profiles.map((p) => (
            <button key={p.id} type="button" className="kd-button" disabled={busy} onClick={() => void connectProfile(p.id)}>
              {t('useProfile', { name: p.name })}
            </button>
          ))}
        </section>
      )}
    </main>
  );
}
