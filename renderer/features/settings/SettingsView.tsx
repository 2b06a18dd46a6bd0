// Settings: bot profiles (with remove), language (English / 简体中文), light or dark theme.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Language, ProfileView, Theme } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
const THEMES: Theme[] = ['dark', 'light'];
const STORAGE_LABEL: Record<ProfileView['tokenStorage'], string> = {
  encrypted: 'storageEncrypted',
  memory: 'storageMemory',
  none: 'storageNone',
};

export function SettingsView() {
  const { t } = useTranslation('settings');
  const profiles = useAppStore((s) => s.profiles);
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  const error = useAppStore((s) => s.settingsError ?? s.sessionError);
  const { loadProfiles, removeProfile, setLanguage, setTheme } = useAppStore(
    useShallow((s) => ({ loadProfiles: s.loadProfiles, removeProfile: s.removeProfile, setLanguage: s.setLanguage, setTheme: s.setTheme })),
  );
  useEffect(() => void loadProfiles(), [loadProfiles]);

  return (
    <section className="kd-settings" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <ErrorNotice error={error} />
      <h3>{t('profiles')}</h3>
      {profiles.length === 0 && <p className="kd-muted">{t('noProfiles')}</p>}
      <ul className="kd-profiles">
        {profiles.map((p) => (
          <li key={p.id}>
            <span>{p.name}</span>
            <span className="kd-muted">{p.kind === 'demo' ? t('demoProfile') : t(STORAGE_LABEL[p.tokenStorage])}</span>
            {p.baseUrl && <span className="kd-muted">{p.baseUrl}</span>}
            <button type="button" className="kd-button" aria-label={t('removeProfile', { name: p.name })} onClick={() => void removeProfile(p.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('language')}</legend>
        {(Object.keys(LANGUAGE_NAMES) as Language[]).map((lang) => (
          <label key={lang} className="kd-check">
            <input type="radio" name="language" checked={language === lang} onChange={() => void setLanguage(lang)} />
            {LANGUAGE_NAMES[lang]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('theme')}</legend>
        {THEMES.map((th) => (
          <label key={th} className="kd-check">
            <input type="radio" name="theme" checked={theme === th} onChange={() => void setTheme(th)} />
            {t(th)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
