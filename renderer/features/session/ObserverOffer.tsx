// The bot is online elsewhere: say so and offer observer mode (issue 4 "Main process").
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { offersObserverMode } from '../../store/session/selectors';

export function ObserverOffer() {
  const { t } = useTranslation('session');
  const show = useAppStore(offersObserverMode);
  const useObserverMode = useAppStore((s) => s.useObserverMode);
  if (!show) return null;
  return (
    <div className="kd-banner kd-banner-info" role="status">
      <span>{t('observerOffer')}</span>
      <button type="button" className="kd-button" onClick={() => void useObserverMode(true)}>
        {t('useObserver')}
      </button>
    </div>
  );
}
