// Permission bits of ../shared/kook/REST.md A.12, with labels for both languages.
// Only the table lives here; each side computes effective permissions on its own.

export interface PermissionInfo {
  bit: number;
  key: string;
  en: string;
  zh: string;
  group: 'general' | 'membership' | 'text' | 'voice';
}

export const PERMISSIONS: readonly PermissionInfo[] = [
  { bit: 0, key: 'administrator', en: 'Administrator', zh: '管理员', group: 'general' },
  { bit: 1, key: 'manageGuild', en: 'Manage server', zh: '管理服务器', group: 'general' },
  { bit: 2, key: 'viewAuditLog', en: 'View audit log', zh: '查看管理日志', group: 'general' },
  { bit: 3, key: 'createInvites', en: 'Create invites', zh: '创建邀请', group: 'membership' },
  { bit: 4, key: 'manageInvites', en: 'Manage invites', zh: '管理邀请', group: 'membership' },
  { bit: 5, key: 'manageChannels', en: 'Manage channels', zh: '频道管理', group: 'general' },
  { bit: 6, key: 'kickMembers', en: 'Kick members', zh: '踢出用户', group: 'membership' },
  { bit: 7, key: 'banMembers', en: 'Ban members', zh: '加入服务器黑名单', group: 'membership' },
  { bit: 8, key: 'manageEmojis', en: 'Manage emojis', zh: '管理自定义表情', group: 'general' },
  { bit: 9, key: 'changeNickname', en: 'Change own nickname', zh: '修改服务器昵称', group: 'membership' },
  { bit: 10, key: 'manageRoles', en: 'Manage roles', zh: '管理角色权限', group: 'general' },
  { bit: 11, key: 'viewChannels', en: 'View channels', zh: '查看文字、语音频道', group: 'text' },
  { bit: 12, key: 'sendMessages', en: 'Send messages', zh: '发送文字消息', group: 'text' },
  { bit: 13, key: 'manageMessages', en: 'Manage messages', zh: '消息管理', group: 'text' },
  { bit: 14, key: 'uploadFiles', en: 'Upload files', zh: '上传文件', group: 'text' },
  { bit: 15, key: 'connectVoice', en: 'Connect to voice', zh: '语音连接', group: 'voice' },
  { bit: 16, key: 'manageVoice', en: 'Manage voice', zh: '语音管理', group: 'voice' },
  { bit: 17, key: 'mentionEveryone', en: 'Mention @all', zh: '提及@全体成员', group: 'text' },
  { bit: 18, key: 'addReactions', en: 'Add reactions', zh: '添加反应', group: 'text' },
  { bit: 19, key: 'followReactions', en: 'Follow reactions', zh: '跟随添加反应', group: 'text' },
  { bit: 20, key: 'passiveVoice', en: 'Passive voice connect', zh: '被动连接语音频道', group: 'voice' },
  { bit: 21, key: 'pushToTalkOnly', en: 'Push-to-talk only', zh: '仅使用按键说话', group: 'voice' },
  { bit: 22, key: 'freeMic', en: 'Voice activity', zh: '使用自由麦', group: 'voice' },
  { bit: 23, key: 'speak', en: 'Speak', zh: '说话', group: 'voice' },
  { bit: 24, key: 'deafenMembers', en: 'Deafen members', zh: '服务器静音', group: 'voice' },
  { bit: 25, key: 'muteMembers', en: 'Mute members', zh: '服务器闭麦', group: 'voice' },
  { bit: 26, key: 'manageNicknames', en: "Change others' nicknames", zh: '修改他人昵称', group: 'membership' },
  { bit: 27, key: 'playAudio', en: 'Play accompaniment', zh: '共享计算机音频', group: 'voice' },
  { bit: 28, key: 'screenShare', en: 'Screen share', zh: '屏幕分享', group: 'voice' },
  { bit: 29, key: 'replyThreads', en: 'Reply to posts', zh: '回复帖子', group: 'text' },
  { bit: 30, key: 'record', en: 'Start recording', zh: '开启录音', group: 'voice' },
];

/** Bit values by name, e.g. `Permission.banMembers === 128`. */
export const Permission = Object.freeze(
  Object.fromEntries(PERMISSIONS.map((p) => [p.key, 2 ** p.bit])) as Record<string, number>,
) as Readonly<{
  administrator: number; manageGuild: number; viewAuditLog: number; createInvites: number; manageInvites: number;
  manageChannels: number; kickMembers: number; banMembers: number; manageEmojis: number; changeNickname: number;
  manageRoles: number; viewChannels: number; sendMessages: number; manageMessages: number; uploadFiles: number;
  connectVoice: number; manageVoice: number; mentionEveryone: number; addReactions: number; followReactions: number;
  passiveVoice: number; pushToTalkOnly: number; freeMic: number; speak: number; deafenMembers: number;
  muteMembers: number; manageNicknames: number; playAudio: number; screenShare: number; replyThreads: number; record: number;
}>;

/** Every defined bit (bits 0–30) as an unsigned 32-bit value. */
export const ALL_PERMISSIONS = (2 ** 31 - 1) >>> 0;

export function hasPermission(perms: number, bit: number): boolean {
  return ((perms >>> 0) & (2 ** bit)) !== 0;
}
