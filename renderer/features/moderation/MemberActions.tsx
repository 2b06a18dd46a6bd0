// The moderation actions of one member's detail (UI.md "Member panel": mute, kick, ban, …),
// grouped (Text chat / Voice / Membership) with the danger actions last and set apart. Each opens
// ModerationDialog naming the member, with a reason and a case recorded. Voice state comes from
// moderation.listVoiceMutes: when known, only the relevant one of "Voice mute" / "Undo voice
// mute" shows; while unknown (or if the list fails) both do.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, VoiceMuteView } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import { memberTarget, type MemberActionId } from '../../store/moderation/requests';

interface Group {
  label: string;
  actions: readonly MemberActionId[];
}

const GROUPS: readonly Group[] = [
  { label: 'memberActions.text', actions: ['textMute', 'textUnmute'] },
  { label: 'memberActions.voice', actions: ['voiceMute', 'voiceUnmute', 'voiceDeafen', 'voiceUndeafen'] },
  { label: 'memberActions.identity', actions: ['setNickname', 'resetNickname', 'grantRole', 'revokeRole'] },
];
const REMOVAL: Group = { label: 'memberActions.removal', actions: ['kick', 'ban'] };

/** Hides the half of a voice pair that cannot apply; null state = unknown, everything shows. */
export function voiceActionApplies(action: MemberActionId, userId: string, state: VoiceMuteView | null): boolean {
  if (!state) return true;
  const mic = state.mic.includes(userId);
  const headset = state.headset.includes(userId);
  if (action === 'voiceMute') return !mic;
  if (action === 'voiceUnmute') return mic;
  if (action === 'voiceDeafen') return !headset;
  if (action === 'voiceUndeafen') return headset;
  return true;
}

function useVoiceState(guildId: string | null): VoiceMuteView | null {
  const api = useAppStore((s) => s.moderationApi);
  // Re-read after every dialog closes: the action may just have changed it.
  const dialogOpen = useAppStore((s) => s.moderationDialog !== null);
  const [state, setState] = useState<VoiceMuteView | null>(null);
  useEffect(() => {
    if (!guildId || dialogOpen) return;
    let live = true;
    api.listVoiceMutes({ guildId }).then(
      (m) => live && setState(m),
      () => live && setState(null),
    );
    return () => {
      live = false;
    };
  }, [api, guildId, dialogOpen]);
  return state;
}

export function MemberActions({ member }: { member: MemberView }) {
  const { t } = useTranslation('moderation');
  const guildId = useAppStore((s) => s.selectedGuildId);
  const open = useAppStore((s) => s.openModerationDialog);
  const channel = useAppStore((s) => s.guildDetail?.channels.find((c) => c.id === s.selectedChannelId) ?? null);
  const voice = useVoiceState(guildId);
  if (!guildId) return null;
  const target = memberTarget(member);
  const button = (action: MemberActionId, danger = false) => (
    <button
      key={action}
      type="button"
      className={danger ? 'kd-button kd-danger' : 'kd-button'}
      disabled={action === 'resetNickname' && !member.nickname}
      onClick={() => open({ kind: 'member', action, guildId, target })}
    >
      {t(`actions.${action}.title`)}
    </button>
  );
  return (
    <section className="kd-mod-member-actions" aria-label={t('memberActions.title')}>
      <h3>{t('memberActions.title')}</h3>
      {GROUPS.map((g) => (
        <div key={g.label} role="group" aria-label={t(g.label)} className="kd-mod-group">
          <span className="kd-mod-group-label">{t(g.label)}</span>
          <div className="kd-mod-row kd-mod-wrap">{g.actions.filter((a) => voiceActionApplies(a, member.id, voice)).map((a) => button(a))}</div>
        </div>
      ))}
      <div role="group" aria-label={t(REMOVAL.label)} className="kd-mod-group kd-mod-danger-zone">
        <span className="kd-mod-group-label">{t(REMOVAL.label)}</span>
        <div className="kd-mod-row kd-mod-wrap">
          {REMOVAL.actions.map((a) => button(a, true))}
          {channel && !channel.is_category && channel.type === 1 && (
            <button
              type="button"
              className="kd-button kd-danger"
              title={t('memberActions.purgeHere', { channel: channel.name })}
              onClick={() => open({ kind: 'purge', guildId, channel: { id: channel.id, name: channel.name, slowModeMs: channel.slow_mode }, authorIds: [member.id] })}
            >
              {t('memberActions.purgeHere', { channel: channel.name })}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
