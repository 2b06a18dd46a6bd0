import { useNamespaceText } from '../../../i18n/useNamespaceText';

/** The `messageContent` i18n namespace (renderer/i18n/locales/messageContent.ts). */
export function useContentText() {
  // Called by every link, mention, spoiler and card element: see useNamespaceText for why not useTranslation.
  return useNamespaceText('messageContent');
}
