// Settings: bot profiles (ProfilesSection), language (English / 简体中文), light or dark theme.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Language, Theme } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import { ProfilesSection } from './ProfilesSection';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
const THEMES: Theme[] = ['dark', 'light'];

export function SettingsView() {
  const { t } = useTranslation('settings');
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  const error = useAppStore((s) => s.settingsError);
  const { loadProfiles, setLanguage, setTheme } = useAppStore(
    useShallow((s) => ({ loadProfiles: s.loadProfiles, setLanguage: s.setLanguage, setTheme: s.setTheme })),
  );
  useEffect(() => void loadProfiles(), [loadProfiles]);

  return (
    <section className="kd-settings" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <ErrorNotice error={error} />
      <ProfilesSection />
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
