// Bot profiles (issue 4 "Several bot profiles … switch between them"): which one is connected,
// switching to another, disconnecting, adding a bot with its token, removing a profile.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ProfileView } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import { ConnectForm } from '../session/ConnectForm';

const STORAGE_LABEL: Record<ProfileView['tokenStorage'], string> = {
  encrypted: 'storageEncrypted',
  memory: 'storageMemory',
  none: 'storageNone',
};

export function ProfilesSection() {
  const { t } = useTranslation('settings');
  const profiles = useAppStore((s) => s.profiles);
  const activeId = useAppStore((s) => s.session?.profile?.id ?? null);
  const busy = useAppStore((s) => s.sessionBusy);
  const error = useAppStore((s) => s.sessionError);
  // While the add form is open it shows the session's error itself (its connect is what failed).
  const [adding, setAdding] = useState(false);
  const { connectProfile, disconnect, removeProfile } = useAppStore(
    useShallow((s) => ({ connectProfile: s.connectProfile, disconnect: s.disconnect, removeProfile: s.removeProfile })),
  );

  return (
    <section className="kd-settings-profiles" aria-label={t('profiles')}>
      <h3>{t('profiles')}</h3>
      {!adding && <ErrorNotice error={error} />}
      {profiles.length === 0 && <p className="kd-muted">{t('noProfiles')}</p>}
      <ul className="kd-profiles">
        {profiles.map((p) => {
          const active = p.id === activeId;
          // A bot profile without a stored token cannot reconnect by itself: add it again with the token.
          const canSwitch = p.kind === 'demo' || p.tokenStorage !== 'none';
          return (
            <li key={p.id} className={active ? 'kd-profile kd-profile-active' : 'kd-profile'}>
              <span className="kd-profile-info">
                <span className="kd-profile-name">{p.name}</span>
                <span className="kd-muted kd-profile-meta" title={p.baseUrl ?? undefined}>
                  {p.kind === 'demo' ? t('demoProfile') : t(STORAGE_LABEL[p.tokenStorage])}
                  {p.baseUrl && ` · ${p.baseUrl}`}
                </span>
              </span>
              <span className="kd-profile-actions">
                {active ? (
                  <>
                    <span className="kd-badge kd-profile-connected">{t('connected')}</span>
                    <button type="button" className="kd-button" disabled={busy} onClick={() => void disconnect()}>
                      {t('disconnect')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="kd-button"
                    disabled={busy || !canSwitch}
                    title={canSwitch ? undefined : t('tokenMissing')}
                    aria-label={t('switchTo', { name: p.name })}
                    onClick={() => void connectProfile(p.id)}
                  >
                    {t('switch')}
                  </button>
                )}
                <button type="button" className="kd-button" disabled={busy} aria-label={t('removeProfile', { name: p.name })} onClick={() => void removeProfile(p.id)}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <details className="kd-settings-add" onToggle={(e) => setAdding(e.currentTarget.open)}>
        <summary>{t('addBot')}</summary>
        <ConnectForm />
      </details>
    </section>
  );
}
