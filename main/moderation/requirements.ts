// What each action needs (REST.md Part C "Moderation cookbook"): permission bits, where they are
// evaluated (guild, one channel, or every text channel) and whether the hierarchy applies.
import type { CheckAction } from '../../shared/ipc';

export type CheckScope = 'guild' | 'channel';

export interface Requirement {
  bits: readonly number[];
  scope: CheckScope;
  /** The target member must rank below the bot (kick, ban, mutes, nickname). */
  member: boolean;
  /** The role involved must rank below the bot's top role (grant, revoke, muted role). */
  role: boolean;
}

const req = (bits: number[], scope: CheckScope = 'guild', member = false, role = false): Requirement => ({ bits, scope, member, role });

export const REQUIREMENTS = {
  deleteMessage: req([13], 'channel'),
  purge: req([11, 13], 'channel'),
  kick: req([6], 'guild', true),
  ban: req([7], 'guild', true),
  unban: req([7]),
  listBans: req([7]),
  voiceMute: req([25], 'guild', true),
  voiceUnmute: req([25], 'guild', true),
  voiceDeafen: req([24], 'guild', true),
  voiceUndeafen: req([24], 'guild', true),
  // Per-user overwrites in every text channel: Manage channels + Manage roles (channel-role/*).
  textMute: req([5, 10], 'guild', true),
  textUnmute: req([5, 10], 'guild', true),
  textMuteRole: req([5, 10], 'guild', true, true),
  setNickname: req([26], 'guild', true),
  grantRole: req([10], 'guild', false, true),
  revokeRole: req([10], 'guild', false, true),
  lockChannel: req([5, 10], 'channel'),
  unlockChannel: req([5, 10], 'channel'),
  setSlowMode: req([5], 'channel'),
  lockdown: req([5, 10]),
  liftLockdown: req([5, 10]),
  post: req([11, 12], 'channel'),
} as const satisfies Record<CheckAction, Requirement>;

export type CheckedAction = keyof typeof REQUIREMENTS;

export function isCheckedAction(name: string): name is CheckedAction {
  return Object.hasOwn(REQUIREMENTS, name);
}
