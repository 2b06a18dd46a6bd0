// Pure generators: user i, member i of a guild, message i of a channel, each a function of
// (seed, ids, i) only — big worlds materialise nothing until touched.
import { generateContent, type ContentContext } from './content';
import { EMOJIS, NAME_PARTS_EN, NAME_PARTS_ZH, NAME_SUFFIX } from './phrases';
import { hash32, rngOf, type Rng } from './prng';
import type { ChannelRec, GuildRec, MemberRec, MsgRec, ReactionRec, UserRec, WorldState } from './state';

export const userIdOf = (s: WorldState, idx: number): string => String(s.userBase + idx);

export function userIndexOf(s: WorldState, id: string): number | null {
  if (!/^\d{1,16}$/.test(id)) return null;
  const idx = Number(id) - s.userBase;
  return idx >= 0 && idx < s.userCount ? idx : null;
}

/** 30% of generated users are online at start. */
export const genOnline = (seed: number, idx: number): boolean => hash32(seed, idx, 'online') % 100 < 30;

export function genUsername(r: Rng): string {
  const base = r.chance(0.5) ? r.pick(NAME_PARTS_ZH) : r.pick(NAME_PARTS_EN);
  return base + r.pick(NAME_SUFFIX) + (r.chance(0.3) ? String(r.int(100)) : '');
}

export function genUser(s: WorldState, idx: number): UserRec {
  const r = rngOf(s.seed, idx, 'user');
  const id = userIdOf(s, idx);
  return {
    id,
    username: genUsername(r),
    identify_num: String(1000 + r.int(9000)),
    avatarKey: id,
    bot: false,
    online: genOnline(s.seed, idx),
    mobile_verified: r.chance(0.7),
    is_vip: r.chance(0.05),
  };
}

/** Roles from the guild's per-mille rules, e.g. 60‰ of members are VIP. */
export function genMemberRoles(seed: number, g: GuildRec, idx: number): number[] {
  const roles: number[] = [];
  for (const [roleId, perMille] of g.gen.roleRules) if (hash32(seed, g.id, idx, roleId) % 1000 < perMille) roles.push(roleId);
  return roles;
}

export function genMember(s: WorldState, g: GuildRec, idx: number): MemberRec {
  const r = rngOf(s.seed, g.id, idx, 'member');
  const joined_at = g.gen.joinedStart + Math.floor(idx * g.gen.joinedStep);
  const user = genUser(s, g.gen.userStart + idx);
  return {
    nickname: r.chance(0.3) ? `${user.username}${r.pick(['_', '·', '丶'])}${r.pick(['mod', 'cn', '在线', 'afk', 'dev'])}` : user.username,
    roles: genMemberRoles(s.seed, g, idx),
    joined_at,
    active_time: Math.max(joined_at, s.epochMs - r.int(30 * 86_400_000)),
  };
}

export function contentContext(s: WorldState, g: GuildRec, key: string, at: number): ContentContext {
  const pool = Math.max(1, Math.min(g.gen.count, 400));
  return {
    randomMemberId: (r) => userIdOf(s, g.gen.userStart + r.int(pool)),
    roleIds: g.roles.filter((role) => role.mentionable === 1 && role.role_id !== 0).map((role) => role.role_id),
    channelIds: g.channelIds.filter((id) => s.channels[id]?.type === 1),
    english: hash32(s.seed, g.id, 'lang') % 2 === 0 ? 0.3 : 0.75,
    key,
    at,
  };
}

function genReactions(s: WorldState, g: GuildRec, r: Rng, createAt: number): ReactionRec[] {
  const reactions: ReactionRec[] = [];
  const kinds = r.between(1, 3);
  for (let k = 0; k < kinds; k++) {
    const emoji = r.pick(EMOJIS);
    if (reactions.some((x) => x.emoji === emoji)) continue;
    const users: string[] = [];
    const at: number[] = [];
    const n = r.between(1, 6);
    for (let u = 0; u < n; u++) {
      const id = userIdOf(s, g.gen.userStart + r.int(Math.max(1, Math.min(g.gen.count, 400))));
      if (users.includes(id)) continue;
      users.push(id);
      at.push(createAt + 1000 * (u + 1));
    }
    reactions.push({ emoji, users, at });
  }
  return reactions;
}

export function genMessage(s: WorldState, g: GuildRec, ch: ChannelRec, idx: number): MsgRec {
  const r = rngOf(s.seed, ch.serial, idx, 'msg');
  const m = ch.msgs;
  const create_at = m.genStart + idx * m.genStep + r.int(m.genStep);
  const pool = Math.max(1, Math.min(g.gen.count, 400));
  const memberIdx = r.chance(0.8) ? r.int(pool) : r.int(Math.max(1, g.gen.count));
  const content = generateContent(r, contentContext(s, g, `${ch.serial}-${idx}`, create_at));
  return {
    index: idx,
    type: content.type,
    content: content.content,
    authorId: userIdOf(s, g.gen.userStart + memberIdx),
    create_at,
    updated_at: r.chance(0.03) ? create_at + 30_000 : 0,
    quote: idx > 0 && r.chance(0.07) ? idx - 1 - r.int(Math.min(idx, 10)) : null,
    attachment: content.attachment,
    reactions: r.chance(0.15) ? genReactions(s, g, r, create_at) : [],
  };
}
