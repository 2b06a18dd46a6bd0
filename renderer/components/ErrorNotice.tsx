// A failed call in words the moderator understands, KOOK's own code on hover (UI.md).
import { useTranslation } from 'react-i18next';
import type { UiError } from '../store/uiError';

export function ErrorNotice({ error, onDismiss }: { error: UiError | null; onDismiss?: () => void }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  const title =
    error.kookCode !== undefined ? t('kookCode', { code: error.kookCode, message: error.kookMessage ?? '' }) : error.message;
  return (
    <div className="kd-error" role="alert" title={title} data-code={error.code}>
      <span>{t(error.code)}</span>
      {onDismiss && (
        <button type="button" className="kd-icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
