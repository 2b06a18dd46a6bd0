import { useTranslation } from 'react-i18next';

/** The `messageContent` i18n namespace (renderer/i18n/locales/messageContent.ts). */
export function useContentText() {
  return useTranslation('messageContent').t;
}
