// Every user-visible string goes through i18next, in English and Simplified Chinese.
// Each feature owns one namespace file in ./locales exporting `{ en, zh }` with the same keys;
// a unit test checks that both languages define exactly the same keys.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces } from './locales';

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

export function buildResources(): Record<Language, Record<string, Record<string, unknown>>> {
  const en: Record<string, Record<string, unknown>> = {};
  const zh: Record<string, Record<string, unknown>> = {};
  for (const [ns, strings] of Object.entries(namespaces)) {
    en[ns] = strings.en;
    zh[ns] = strings.zh;
  }
  return { en, 'zh-CN': zh };
}

/** Creates an isolated i18next instance (tests make their own; the app makes one at start). */
export async function createI18n(language: Language = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: buildResources(),
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; we never build HTML strings.
    returnNull: false,
  });
  return instance;
}
