// Mass actions on the member list's multi-selection (issue 5): ban, kick, mute, add or remove a
// role; each asks once in ModerationDialog and runs as a job (moderation.massAction).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { MassActionId } from '../../store/moderation/requests';

const ACTIONS: readonly MassActionId[] = ['ban', 'kick', 'textMute', 'grantRole', 'revokeRole'];

export function SelectionBar() {
  const { t } = useTranslation('moderation');
  const selection = useAppStore((s) => s.memberSelection);
  const guildId = useAppStore((s) => s.selectedGuildId);
  const open = useAppStore((s) => s.openModerationDialog);
  const clear = useAppStore((s) => s.clearMemberSelection);
  if (selection.length === 0 || !guildId) return null;
  return (
    <div className="kd-mod-selection" role="toolbar" aria-label={t('selection.label')}>
      <span>{t('selectedMembers', { count: selection.length })}</span>
      {ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'grantRole' ? 'kd-button' : 'kd-button kd-danger'}
          onClick={() => open({ kind: 'mass', action, guildId, userIds: [...selection] })}
        >
          {t(`selection.${action}`)}
        </button>
      ))}
      <button type="button" className="kd-button" onClick={clear}>
        {t('selection.clear')}
      </button>
    </div>
  );
}
