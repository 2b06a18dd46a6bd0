// The moderation views that open over the center column from the guild menu: Bans, Mutes and
// Cases (UI.md: full views, one click away from the channel).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { CasesView } from '../cases/CasesView';
import { BansView } from './BansView';
import { MutesView } from './MutesView';

export function ModerationViewHost({ guildId }: { guildId: string }) {
  const { t } = useTranslation('moderation');
  const view = useAppStore((s) => s.moderationView);
  const close = useAppStore((s) => s.closeModerationView);
  if (!view) return null;
  return (
    <div className="kd-mod-view-host">
      <button type="button" className="kd-link-button kd-breadcrumb" onClick={close}>
        ← {t('backToChannel')}
      </button>
      {view === 'bans' && <BansView guildId={guildId} />}
      {view === 'mutes' && <MutesView guildId={guildId} />}
      {view === 'cases' && <CasesView />}
    </div>
  );
}
