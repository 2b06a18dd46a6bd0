// Banners above the workspace: the token vault cannot encrypt, or browser mode keeps the token
// in memory only (ARCHITECTURE.md "Token vault").
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';

export function Banners() {
  const { t } = useTranslation('status');
  const vaultWarning = useAppStore((s) => s.session?.vaultWarning === true);
  const browser = useAppStore((s) => s.transport === 'browser');
  return (
    <>
      {/* In browser mode the one banner below says the same thing. */}
      {vaultWarning && !browser && (
        <div className="kd-banner kd-banner-warning" role="status">
          {t('vaultWarning')}
        </div>
      )}
      {browser && (
        <div className="kd-banner kd-banner-info" role="status">
          {t('browserMode')}
        </div>
      )}
    </>
  );
}
