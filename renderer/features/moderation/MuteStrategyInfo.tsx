// How a text mute will be carried out (per-user channel overwrites, or the managed "muted"
// role), with the roles whose allow would defeat the muted role (moderation.muteSettings).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf, Contract } from '../../../shared/ipc';
import { useAppStore } from '../../store';

type MuteSettings = ResultOf<Contract['moderation']['muteSettings']>;

export function MuteStrategyInfo({ guildId }: { guildId: string }) {
  const { t } = useTranslation('moderation');
  const api = useAppStore((s) => s.moderationApi);
  const [settings, setSettings] = useState<MuteSettings | null>(null);
  useEffect(() => {
    let live = true;
    api.muteSettings({ guildId }).then(
      (s) => live && setSettings(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, guildId]);
  if (!settings) return null;
  return (
    <div className="kd-mod-info" role="note" aria-label={t('muteStrategy')}>
      <p>{t(settings.method === 'role' ? 'muteByRole' : 'muteByOverwrites')}</p>
      {settings.method === 'role' && settings.conflictingRoles.length > 0 && (
        <p className="kd-mod-warning" role="alert">
          {t('muteConflicts', { roles: settings.conflictingRoles.map((r) => r.name).join(', ') })}
        </p>
      )}
    </div>
  );
}
