// channel-role/index|create|update|delete (REST.md B.5). Values are complete sets; changes on
// a category propagate to children with permission_sync=1; every change emits updated_channel.
import type { User } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { requireMember, requirePerm, requireRoleAbove } from '../perms';
import { toChannel, userById } from '../serialize';
import type { Sim } from '../sim';
import type { ChannelRec } from '../state';
import { announceChannel } from './channels';

export interface OverwriteParams {
  channel_id: string;
  type?: 'role_id' | 'user_id' | undefined;
  value?: string | undefined;
  allow?: number | undefined;
  deny?: number | undefined;
}

export function channelRoleIndex(sim: Sim, actorId: string, origin: string, p: { channel_id: string }): Pick<ReturnType<typeof toChannel>, 'permission_overwrites' | 'permission_users' | 'permission_sync'> {
  const ch = sim.channel(p.channel_id);
  requireMember(sim, sim.guild(ch.guild_id), actorId);
  const full = toChannel(sim, ch, origin);
  return { permission_overwrites: full.permission_overwrites, permission_users: full.permission_users, permission_sync: full.permission_sync };
}

type Result = { role_id: number; allow: number; deny: number } | { user_id: string; user: User; allow: number; deny: number };

function apply(sim: Sim, ch: ChannelRec, kind: 'role_id' | 'user_id', value: string, set: { allow: number; deny: number } | null): void {
  if (kind === 'role_id') {
    const roleId = Number(value);
    const rest = ch.permission_overwrites.filter((o) => o.role_id !== roleId);
    const existing = ch.permission_overwrites.find((o) => o.role_id === roleId);
    ch.permission_overwrites = set ? [...rest, { role_id: roleId, ...(set.allow < 0 ? { allow: existing?.allow ?? 0, deny: existing?.deny ?? 0 } : set) }] : rest;
  } else {
    const rest = ch.permission_users.filter((o) => o.user_id !== value);
    const existing = ch.permission_users.find((o) => o.user_id === value);
    ch.permission_users = set ? [...rest, { user_id: value, ...(set.allow < 0 ? { allow: existing?.allow ?? 0, deny: existing?.deny ?? 0 } : set) }] : rest;
  }
}

/** mode: 'create' keeps an existing overwrite, 'update' replaces it, 'delete' removes it. */
export function changeOverwrite(sim: Sim, actorId: string, origin: string, p: OverwriteParams, mode: 'create' | 'update' | 'delete'): Result | Record<string, never> {
  const ch = sim.channel(p.channel_id);
  const g = sim.guild(ch.guild_id);
  requirePerm(sim, g, actorId, [5, 10], ch);
  const kind = p.type ?? 'user_id';
  if (p.value === undefined || p.value === '') throw fail.param('value');
  if (kind === 'role_id') {
    if (!/^\d+$/.test(p.value)) throw fail.param('value', 'must be a role id');
    requireRoleAbove(sim, g, actorId, Number(p.value));
  } else if (!sim.member(g, p.value)) throw fail.notFound('member');
  const set = mode === 'delete' ? null : mode === 'create' ? { allow: -1, deny: -1 } : { allow: (p.allow ?? 0) >>> 0, deny: (p.deny ?? 0) >>> 0 };
  apply(sim, ch, kind, p.value, set);
  ch.permission_sync = 0;
  const touched = [ch];
  if (ch.type === 0) {
    for (const id of g.channelIds) {
      const child = sim.state.channels[id];
      if (child && child.parent_id === ch.id && child.permission_sync === 1) {
        apply(sim, child, kind, p.value, set);
        touched.push(child);
      }
    }
  }
  sim.touch();
  for (const c of touched) announceChannel(sim, c);
  if (mode === 'delete') return {};
  if (kind === 'role_id') {
    const o = ch.permission_overwrites.find((x) => x.role_id === Number(p.value));
    return { role_id: Number(p.value), allow: o?.allow ?? 0, deny: o?.deny ?? 0 };
  }
  const o = ch.permission_users.find((x) => x.user_id === p.value);
  return { user_id: p.value, user: userById(sim, p.value, origin, g), allow: o?.allow ?? 0, deny: o?.deny ?? 0 };
}
