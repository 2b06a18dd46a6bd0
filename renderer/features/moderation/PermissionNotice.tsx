// What the bot lacks for an action, in words, before the moderator tries (issue 5).
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { explainCheck } from './permissionText';
import type { CheckState } from './usePermissionCheck';

export function PermissionNotice({ state }: { state: CheckState }) {
  const { t, i18n } = useTranslation('moderation');
  if (state.status === 'checking') return <p className="kd-muted" role="status">{t('checking')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  if (state.check.allowed) return null;
  return (
    <div className="kd-error kd-mod-missing" role="alert" aria-label={t('cannotAct')}>
      {explainCheck(state.check, t, i18n.language).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
