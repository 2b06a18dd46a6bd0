// The guild menu's moderation entries (UI.md "Guild menu (▾): Roles, Bans, Mutes, Cases"), plus
// the open channel's lock / unlock / slow mode / post / purge and the guild lockdown and its undo.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { DialogRequest } from '../../store/moderation/requests';
import type { ModerationView } from '../../store/moderation/slice';

export function GuildModerationItems({ guildId, guildName, pick }: { guildId: string; guildName: string; pick(action: () => void): () => void }) {
  const { t } = useTranslation('moderation');
  const openView = useAppStore((s) => s.openModerationView);
  const openDialog = useAppStore((s) => s.openModerationDialog);
  const channel = useAppStore((s) => s.guildDetail?.channels.find((c) => c.id === s.selectedChannelId) ?? null);
  const views: ModerationView[] = ['bans', 'mutes', 'cases'];
  const target = channel && !channel.is_category && channel.type === 1 ? { id: channel.id, name: channel.name, slowModeMs: channel.slow_mode } : null;
  const dialogs: { key: string; request: DialogRequest }[] = [
    ...(target
      ? [
          { key: 'menu.lockChannel', request: { kind: 'channel', action: 'lockChannel', guildId, channel: target } },
          { key: 'menu.unlockChannel', request: { kind: 'channel', action: 'unlockChannel', guildId, channel: target } },
          { key: 'menu.slowMode', request: { kind: 'channel', action: 'setSlowMode', guildId, channel: target } },
          { key: 'menu.post', request: { kind: 'composer', guildId, channel: target } },
          { key: 'menu.purge', request: { kind: 'purge', guildId, channel: target } },
        ] satisfies { key: string; request: DialogRequest }[]
      : []),
    { key: 'menu.lockdown', request: { kind: 'guild', action: 'lockdown', guildId, guildName } },
    { key: 'menu.liftLockdown', request: { kind: 'guild', action: 'liftLockdown', guildId, guildName } },
  ];
  return (
    <>
      {views.map((v) => (
        <button key={v} type="button" role="menuitem" onClick={pick(() => openView(v))}>
          {t(`menu.${v}`)}
        </button>
      ))}
      <hr aria-hidden="true" />
      {dialogs.map((d) => (
        <button key={d.key} type="button" role="menuitem" onClick={pick(() => openDialog(d.request))}>
          {t(d.key, { channel: target?.name ?? '' })}
        </button>
      ))}
    </>
  );
}
