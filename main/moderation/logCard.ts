// The card posted to a guild's log channel for each case (KMARKDOWN_CARD.md §2): a header with the
// action, a section with target/reason/moderator/time/result as a 2-column paragraph, and a
// context with the case number. Content is a JSON string of an array of cards (§2.1).
import type { CaseView } from '../../shared/ipc';

/** KMARKDOWN_CARD.md §1 escaping (Kook.Net's sanitizer): user text never becomes markup. */
export function escapeKmd(text: string): string {
  return text.replace(/[\\*~`:\-\])>(]/g, (c) => `\\${c}`);
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const ACTION_TITLES: Record<string, string> = {
  'message.delete': 'Message deleted', 'member.kick': 'Member kicked', 'member.ban': 'Member banned',
  'member.unban': 'Member unbanned', 'member.voiceMute': 'Voice muted', 'member.voiceUnmute': 'Voice unmuted',
  'member.textMute': 'Text muted', 'member.textUnmute': 'Text unmuted', 'member.nickname': 'Nickname changed',
  'member.roleGrant': 'Role granted', 'member.roleRevoke': 'Role revoked', 'channel.lock': 'Channel locked',
  'channel.unlock': 'Channel unlocked', 'channel.slowMode': 'Slow mode set', 'guild.lockdown': 'Lockdown',
  'guild.lockdownLift': 'Lockdown lifted', 'message.post': 'Posted as the bot', 'messages.purge': 'Messages purged',
  'external.ban': 'Banned (by another moderator)', 'external.unban': 'Unbanned (by another moderator)',
  'external.leaveOrKick': 'Left or was kicked',
};

function themeOf(c: CaseView): 'danger' | 'warning' | 'success' | 'info' {
  if (!c.result.ok) return 'warning';
  if (/ban|kick|purge|lockdown$/.test(c.action)) return 'danger';
  if (/unban|unmute|unlock|Lift/i.test(c.action)) return 'success';
  return 'info';
}

function field(label: string, value: string): { type: 'kmarkdown'; content: string } {
  return { type: 'kmarkdown', content: `**${label}**\n${clip(escapeKmd(value), 900)}` };
}

export function caseCard(c: CaseView): string {
  const target = c.targetName ? `${c.targetName} (${c.targetId})` : c.targetId;
  const result = c.result.ok ? 'success' : `failed: ${c.result.message}${c.result.kookCode ? ` (${c.result.kookCode})` : ''}`;
  const fields = [
    field('Target', target),
    field('Moderator', c.actor),
    field('Reason', c.reason ?? '—'),
    field('Time', new Date(c.createdAt).toISOString().replace('T', ' ').slice(0, 19) + ' UTC'),
    field('Result', result),
  ];
  if (c.durationMs !== null) fields.push(field('Duration', `${Math.round(c.durationMs / 60_000)} min`));
  const card = {
    type: 'card',
    theme: themeOf(c),
    size: 'lg',
    modules: [
      { type: 'header', text: { type: 'plain-text', content: clip(ACTION_TITLES[c.action] ?? c.action, 100) } },
      { type: 'section', text: { type: 'paragraph', cols: 2, fields } },
      { type: 'context', elements: [{ type: 'plain-text', content: `Case #${c.id} · Kookdesk` }] },
    ],
  };
  return JSON.stringify([card]);
}
