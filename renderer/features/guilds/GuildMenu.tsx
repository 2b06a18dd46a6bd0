// The guild name with its menu (▾): Roles and Settings, then moderation: Bans, Mutes, Cases and
// the channel and lockdown tools.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { selectedGuild } from '../../store/guilds/selectors';
import { GuildModerationItems } from '../moderation/GuildModerationItems';

export function GuildMenu() {
  const { t } = useTranslation('workspace');
  const guild = useAppStore(selectedGuild);
  const openRoleEditor = useAppStore((s) => s.openRoleEditor);
  const setView = useAppStore((s) => s.setView);
  const closeModerationView = useAppStore((s) => s.closeModerationView);
  const [open, setOpen] = useState(false);
  if (!guild) return null;
  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <div className="kd-guild-menu">
      <button
        type="button"
        className="kd-guild-name"
        aria-label={t('guildMenu')}
        aria-haspopup="menu"
        aria-expanded={open}
        title={guild.name}
        onClick={() => setOpen(!open)}
      >
        <span>{guild.name}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div role="menu" className="kd-menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button type="button" role="menuitem" onClick={pick(() => {
            closeModerationView();
            openRoleEditor();
          })}>
            {t('roles')}
          </button>
          <button type="button" role="menuitem" onClick={pick(() => {
            closeModerationView();
            setView('settings');
          })}>
            {t('settings')}
          </button>
          <GuildModerationItems guildId={guild.id} guildName={guild.name} pick={pick} />
        </div>
      )}
    </div>
  );
}
