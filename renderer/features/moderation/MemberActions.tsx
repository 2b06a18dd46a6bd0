// The moderation actions of one member's detail (UI.md "Member panel": mute, kick, ban, …):
// each opens ModerationDialog naming the member, with a reason and a case recorded.
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import type { MemberActionId } from '../../store/moderation/requests';

const GROUPS: readonly { label: string; actions: readonly MemberActionId[] }[] = [
  { label: 'memberActions.text', actions: ['textMute', 'textUnmute'] },
  { label: 'memberActions.voice', actions: ['voiceMute', 'voiceUnmute', 'voiceDeafen', 'voiceUndeafen'] },
  { label: 'memberActions.identity', actions: ['setNickname', 'resetNickname', 'grantRole', 'revokeRole'] },
  { label: 'memberActions.removal', actions: ['kick', 'ban'] },
];

const DANGER = new Set<MemberActionId>(['kick', 'ban', 'textMute', 'voiceMute', 'voiceDeafen']);

export function MemberActions({ member }: { member: MemberView }) {
  const { t } = useTranslation('moderation');
  const guildId = useAppStore((s) => s.selectedGuildId);
  const open = useAppStore((s) => s.openModerationDialog);
  const channel = useAppStore((s) => s.guildDetail?.channels.find((c) => c.id === s.selectedChannelId) ?? null);
  if (!guildId) return null;
  const target = { id: member.id, username: member.username, identifyNum: member.identify_num, avatar: member.avatar, nickname: member.nickname };
  return (
    <section className="kd-mod-member-actions" aria-label={t('memberActions.title')}>
      <h3>{t('memberActions.title')}</h3>
      {GROUPS.map((g) => (
        <div key={g.label} role="group" aria-label={t(g.label)} className="kd-mod-row kd-mod-wrap">
          {g.actions.map((action) => (
            <button
              key={action}
              type="button"
              className={DANGER.has(action) ? 'kd-button kd-danger' : 'kd-button'}
              disabled={action === 'resetNickname' && !member.nickname}
              onClick={() => open({ kind: 'member', action, guildId, target })}
            >
              {t(`actions.${action}.title`)}
            </button>
          ))}
        </div>
      ))}
      {channel && !channel.is_category && channel.type === 1 && (
        <button
          type="button"
          className="kd-button kd-danger"
          onClick={() => open({ kind: 'purge', guildId, channel: { id: channel.id, name: channel.name, slowModeMs: channel.slow_mode }, authorIds: [member.id] })}
        >
          {t('memberActions.purgeHere', { channel: channel.name })}
        </button>
      )}
    </section>
  );
}
