// Text mutes stay in force in channels created later (issue 5): when `added_channel` announces a
// text channel, every member muted by overwrites gets their deny there too, and the managed
// muted role gets its role overwrite. Failures are logged; they never break event handling.
import type { ActionEnv } from './env';
import { currentOverwrite, denyBits, MUTE_DENY } from './actions/overwrites';

export async function syncMutesToChannel(env: ActionEnv, guildId: string, channelId: string): Promise<number> {
  const active = env.db().cases.list({ guildId, action: 'member.textMute', page: 1, pageSize: 200 }).items
    .filter((c) => c.result.ok && c.undoneByCaseId === null && c.action === 'member.textMute' && (c.expiresAt === null || c.expiresAt > env.now()));
  if (active.length === 0) return 0;
  let channel = await env.rest().channels.view({ target_id: channelId }, { lane: 'background' });
  if (channel.type !== 1 || channel.is_category) return 0;
  let applied = 0;
  const roles = new Set<number>();
  for (const c of active) {
    const undo = env.db().cases.get(c.id)?.undoData;
    if (undo?.method === 'role' && typeof undo.roleId === 'number') {
      roles.add(undo.roleId);
      continue;
    }
    const who = { type: 'user_id' as const, value: c.targetId };
    if ((currentOverwrite(channel, who).deny & MUTE_DENY) === MUTE_DENY) continue;
    await denyBits(env.rest(), channel, who, MUTE_DENY);
    applied += 1;
  }
  for (const roleId of roles) {
    channel = await env.rest().channels.view({ target_id: channelId }, { lane: 'background' });
    const who = { type: 'role_id' as const, value: String(roleId) };
    if ((currentOverwrite(channel, who).deny & MUTE_DENY) !== MUTE_DENY) {
      await denyBits(env.rest(), channel, who, MUTE_DENY);
      applied += 1;
    }
  }
  env.facts.invalidateGuild(guildId);
  return applied;
}
