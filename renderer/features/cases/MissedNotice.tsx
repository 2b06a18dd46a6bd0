// Temporary actions whose expiry passed while the app was closed and were carried out late on
// start (push: schedule.missed), listed until dismissed.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { actionWords } from './caseText';

export function MissedNotice() {
  const { t, i18n } = useTranslation('cases');
  const missed = useAppStore((s) => s.missedExpiries);
  const dismiss = useAppStore((s) => s.dismissMissedExpiries);
  if (missed.length === 0) return null;
  const time = (ms: number) => new Date(ms).toLocaleString(i18n.language);
  return (
    <div className="kd-mod-info" role="status" aria-label={t('missed.title')}>
      <strong>{t('missed.title')}</strong>
      <ul>
        {missed.map((m) => (
          <li key={m.caseId}>
            {t('missed.item', {
              id: m.caseId,
              // The scheduler names the reverse action it carried out ('unban'); its case action is 'member.unban'.
              action: actionWords({ action: m.action.includes('.') ? m.action : `member.${m.action}` }, t),
              target: m.targetId,
              due: time(m.dueAt),
              done: time(m.doneAt),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="kd-button" onClick={dismiss}>
        {t('missed.dismiss')}
      </button>
    </div>
  );
}
