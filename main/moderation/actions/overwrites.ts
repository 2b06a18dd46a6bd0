// Channel overwrite steps shared by text mutes, locks and lockdowns (REST.md B.5): values sent to
// channel-role/update are the complete resulting sets, so the previous pair is always kept to be
// restored exactly.
import type { KookChannel, RestClient } from '../../kook/rest';

/** Text mute: deny Send messages (12), Add reactions (18), Follow reactions (19) (REST.md Part C). */
export const MUTE_DENY = (4096 | 262144 | 524288) >>> 0;
export const SEND = 4096;

export interface OverwriteBefore {
  channelId: string;
  existed: boolean;
  allow: number;
  deny: number;
}

export type OverwriteSubject = { type: 'user_id'; value: string } | { type: 'role_id'; value: string };

export function currentOverwrite(channel: KookChannel, who: OverwriteSubject): OverwriteBefore {
  const found = who.type === 'user_id'
    ? channel.permission_users.find((o) => o.user.id === who.value)
    : channel.permission_overwrites.find((o) => String(o.role_id) === who.value);
  return { channelId: channel.id, existed: found !== undefined, allow: found?.allow ?? 0, deny: found?.deny ?? 0 };
}

/** Adds `bits` to the deny set (and removes them from allow, which would win) of one overwrite. */
export async function denyBits(rest: RestClient, channel: KookChannel, who: OverwriteSubject, bits: number): Promise<OverwriteBefore> {
  const before = currentOverwrite(channel, who);
  const target = { channel_id: channel.id, ...who };
  if (!before.existed) await rest.channelRoles.create(target, { lane: 'interactive' });
  await rest.channelRoles.update({ ...target, allow: (before.allow & ~bits) >>> 0, deny: (before.deny | bits) >>> 0 }, { lane: 'interactive' });
  return before;
}

/**
 * Adds `bits` to the allow set (and removes them from deny) of one overwrite; null when it
 * allowed them already (nothing changed, nothing to restore).
 */
export async function allowBits(rest: RestClient, channel: KookChannel, who: OverwriteSubject, bits: number): Promise<OverwriteBefore | null> {
  const before = currentOverwrite(channel, who);
  if (before.existed && (before.allow & bits) === bits && (before.deny & bits) === 0) return null;
  const target = { channel_id: channel.id, ...who };
  if (!before.existed) await rest.channelRoles.create(target, { lane: 'interactive' });
  await rest.channelRoles.update({ ...target, allow: (before.allow | bits) >>> 0, deny: (before.deny & ~bits) >>> 0 }, { lane: 'interactive' });
  return before;
}

/** Puts an overwrite back exactly as it was (deleting one that did not exist before). */
export async function restoreOverwrite(rest: RestClient, who: OverwriteSubject, before: OverwriteBefore): Promise<void> {
  const target = { channel_id: before.channelId, ...who };
  if (!before.existed) await rest.channelRoles.delete(target, { lane: 'interactive' });
  else await rest.channelRoles.update({ ...target, allow: before.allow, deny: before.deny }, { lane: 'interactive' });
}

/** Removes `bits` from an overwrite's deny set; an overwrite left empty is deleted. */
export async function clearDenied(rest: RestClient, channel: KookChannel, who: OverwriteSubject, bits: number): Promise<boolean> {
  const now = currentOverwrite(channel, who);
  if (!now.existed || (now.deny & bits) === 0) return false;
  const deny = (now.deny & ~bits) >>> 0;
  const target = { channel_id: channel.id, ...who };
  if (deny === 0 && now.allow === 0 && who.type === 'user_id') await rest.channelRoles.delete(target, { lane: 'interactive' });
  else await rest.channelRoles.update({ ...target, allow: now.allow, deny }, { lane: 'interactive' });
  return true;
}

export function parseBefore(value: unknown): OverwriteBefore[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.channelId !== 'string' || typeof o.allow !== 'number' || typeof o.deny !== 'number') return [];
    return [{ channelId: o.channelId, existed: o.existed === true, allow: o.allow, deny: o.deny }];
  });
}
