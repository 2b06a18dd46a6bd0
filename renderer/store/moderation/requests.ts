// What a moderation entry point (member detail, member list, message menu, guild menu) asks the
// one dialog host to open. Plain data: the host builds the dialog from it.
import type { MessageView } from '../../../shared/ipc';

/** Who a member action names (UI.md: the dialog names the target with avatar and name#tag). */
export interface MemberTarget {
  id: string;
  username: string;
  identifyNum: string;
  avatar: string;
  nickname?: string;
}

export type MemberActionId =
  | 'kick'
  | 'ban'
  | 'unban'
  | 'voiceMute'
  | 'voiceUnmute'
  | 'voiceDeafen'
  | 'voiceUndeafen'
  | 'textMute'
  | 'textUnmute'
  | 'setNickname'
  | 'resetNickname'
  | 'grantRole'
  | 'revokeRole';

export type MassActionId = 'ban' | 'kick' | 'textMute' | 'grantRole' | 'revokeRole';

export interface ChannelTarget {
  id: string;
  name: string;
  slowModeMs: number;
}

export type DialogRequest =
  | { kind: 'member'; action: MemberActionId; guildId: string; target: MemberTarget; roleId?: number }
  | { kind: 'mass'; action: MassActionId; guildId: string; userIds: string[] }
  | { kind: 'channel'; action: 'lockChannel' | 'unlockChannel' | 'setSlowMode'; guildId: string; channel: ChannelTarget }
  | { kind: 'guild'; action: 'lockdown' | 'liftLockdown'; guildId: string; guildName: string }
  | { kind: 'message'; action: 'deleteMessage'; guildId: string; message: MessageView }
  | { kind: 'purge'; guildId: string; channel: ChannelTarget; untilMsgId?: string; authorIds?: string[] }
  | { kind: 'composer'; guildId: string; channel: ChannelTarget; quote?: MessageView };

/** A member (or a message's author), as a dialog target. */
export function memberTarget(m: { id: string; username: string; identify_num: string; avatar: string; nickname?: string }): MemberTarget {
  return { id: m.id, username: m.username, identifyNum: m.identify_num, avatar: m.avatar, nickname: m.nickname };
}

/** The member a message names, as a dialog target. */
export function authorTarget(message: MessageView): MemberTarget {
  return memberTarget(message.author);
}
