// guild/user-list with every filter and sort (REST.md B.3). Unfiltered pages in join order
// (or joined_at sort) are O(page) even in a 100k-member lazy guild; filters scan, and a name
// search scans a lazily built index of generated names instead of generating every member.
import type { Member } from '../../../../shared/kook';
import { genMember, genUser, userIdOf } from '../generate';
import { pageWindow, pagedResult, type PageQuery } from '../paging';
import { channelPermissions, has, requireMember } from '../perms';
import { toMember } from '../serialize';
import type { Sim } from '../sim';
import { sortedHas } from '../sorted';
import type { GuildRec, MemberRec } from '../state';

export interface UserListParams extends PageQuery {
  guild_id: string;
  channel_id?: string | undefined;
  search?: string | undefined;
  role_id?: number | undefined;
  mobile_verified?: boolean | undefined;
  active_time?: number | undefined;
  joined_at?: number | undefined;
  filter_user_id?: string | undefined;
}

function forEachMember(sim: Sim, g: GuildRec, fn: (userId: string, genSlot: number) => void): void {
  for (let i = 0; i < g.gen.count; i++) if (g.removedGen.length === 0 || !sortedHas(g.removedGen, i)) fn(userIdOf(sim.state, g.gen.userStart + i), i);
  for (const id of g.added) fn(id, -1);
}

/**
 * Lower-case "username\0nickname" of every generated slot as generated. Generation is a pure
 * function of (seed, guild, slot), so the index never goes stale: a member or user changed since
 * lives in the state's overlay and is checked live instead.
 */
const generatedNames = new WeakMap<GuildRec, { seed: number; names: string[] }>();

function generatedNamesOf(sim: Sim, g: GuildRec): string[] {
  const held = generatedNames.get(g);
  if (held && held.seed === sim.state.seed && held.names.length === g.gen.count) return held.names;
  const names: string[] = new Array<string>(g.gen.count);
  for (let i = 0; i < g.gen.count; i++) {
    const user = genUser(sim.state, g.gen.userStart + i);
    names[i] = `${user.username.toLowerCase()}\0${genMember(sim.state, g, i).nickname.toLowerCase()}`;
  }
  generatedNames.set(g, { seed: sim.state.seed, names });
  return names;
}

function matching(sim: Sim, g: GuildRec, p: UserListParams): { id: string; m: MemberRec }[] {
  const ch = p.channel_id ? sim.channel(p.channel_id) : undefined;
  const search = p.search?.toLowerCase();
  const names = search !== undefined ? generatedNamesOf(sim, g) : null;
  const out: { id: string; m: MemberRec }[] = [];
  forEachMember(sim, g, (id, slot) => {
    // For a member and user unchanged since generation the index decides the name match
    // (checked first: it is the cheap test that rules out almost everyone).
    const indexed = names !== null && search !== undefined && slot >= 0;
    const indexHit = indexed && (names[slot] ?? '').includes(search);
    if (indexed && !indexHit && g.members[id] === undefined && sim.state.users[id] === undefined) return;
    const asGenerated = indexHit && g.members[id] === undefined && sim.state.users[id] === undefined;
    const m = sim.member(g, id);
    if (!m) return;
    if (p.role_id !== undefined && !m.roles.includes(p.role_id)) return;
    if (ch && !has(channelPermissions(g, ch, id, m.roles), 11)) return;
    if ((search !== undefined && !asGenerated) || p.mobile_verified !== undefined) {
      const u = sim.user(id);
      if (!u) return;
      if (p.mobile_verified !== undefined && u.mobile_verified !== p.mobile_verified) return;
      if (search !== undefined && !asGenerated && !u.username.toLowerCase().includes(search) && !m.nickname.toLowerCase().includes(search)) return;
    }
    out.push({ id, m });
  });
  return out;
}

export function userList(sim: Sim, actorId: string, origin: string, p: UserListParams): ReturnType<typeof pagedResult<Member>> & { user_count: number; online_count: number; offline_count: number } {
  const g = sim.guild(p.guild_id);
  requireMember(sim, g, actorId);
  const { offset, size } = pageWindow(p);
  const counts = { user_count: sim.memberCount(g), online_count: g.onlineCount, offline_count: sim.memberCount(g) - g.onlineCount };
  const sort: Record<string, 1 | -1> = {};
  if (p.active_time !== undefined) sort['active_time'] = p.active_time === 1 ? -1 : 1;
  if (p.joined_at !== undefined) sort['joined_at'] = p.joined_at === 1 ? -1 : 1;
  let ids: string[];
  let total: number;
  if (p.filter_user_id !== undefined) {
    ids = sim.member(g, p.filter_user_id) ? [p.filter_user_id] : [];
    total = ids.length;
    ids = ids.slice(offset, offset + size);
  } else if (p.channel_id === undefined && p.search === undefined && p.role_id === undefined && p.mobile_verified === undefined && p.active_time === undefined) {
    total = sim.memberCount(g);
    const desc = p.joined_at === 1;
    ids = [];
    for (let k = offset; k < Math.min(total, offset + size); k++) {
      const id = sim.memberAt(g, desc ? total - 1 - k : k);
      if (id) ids.push(id);
    }
  } else {
    const all = matching(sim, g, p);
    if (p.active_time !== undefined || p.joined_at !== undefined) {
      const key = p.active_time !== undefined ? 'active_time' : 'joined_at';
      const dir = (p.active_time ?? p.joined_at) === 1 ? -1 : 1;
      all.sort((a, b) => dir * (a.m[key] - b.m[key]));
    }
    total = all.length;
    ids = all.slice(offset, offset + size).map((hit) => hit.id);
  }
  return { ...pagedResult(ids.map((id) => toMember(sim, g, id, origin)), total, p, sort), ...counts };
}
