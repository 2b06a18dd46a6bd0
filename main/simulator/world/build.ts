// Building blocks for presets and admin acts: ids, guilds with the standard role set,
// channels with their overwrites, bot users with KOOK-shaped tokens.
import type { Role, RoleOverwrite } from '../../../shared/kook';
import type { PresetName } from '../core/world';
import { genOnline, genUsername, userIdOf } from './generate';
import { botToken } from './ids';
import { hash32, rngOf } from './prng';
import type { ChannelRec, GuildRec, UserRec, WorldState } from './state';

export const P = {
  admin: 1, manageGuild: 2, audit: 4, invite: 8, manageChannels: 32, kick: 64, ban: 128, changeNick: 512,
  manageRoles: 1024, view: 2048, send: 4096, manageMessages: 8192, upload: 16384, connect: 32768, manageVoice: 65536,
  mentionAll: 131072, react: 262144, follow: 524288, freeMic: 4194304, speak: 8388608, deafen: 16777216, mute: 33554432,
  manageNicks: 67108864,
} as const;

const EVERYONE = P.view | P.send | P.upload | P.react | P.follow | P.connect | P.speak | P.freeMic | P.changeNick | P.invite;
const MOD = P.audit | P.kick | P.ban | P.manageMessages | P.manageChannels | P.manageNicks | P.mute | P.deafen | P.manageVoice | P.mentionAll;
export const BOT_ROLE_PERMS = MOD | P.manageRoles | P.changeNick | P.view | P.send | P.upload | P.react | P.follow;
const MUTED_DENY = P.send | P.react | P.follow | P.speak;

export function emptyState(seed: number, preset: PresetName, epochMs: number, userCount: number): WorldState {
  return {
    version: 1, seed, preset, epochMs, userBase: 1_000_000_000 + (hash32(seed, 'users') % 900) * 1_000_000, userCount,
    counters: { serial: 0, user: 0, event: 0 }, users: {}, tokens: {}, bots: [], defaultBotId: '', guildOrder: [],
    guilds: {}, channels: {}, serials: {}, dms: {},
  };
}

/** A user outside the generated pool (bots, later joiners), with a deterministic id. */
export function newExplicitUser(s: WorldState, name: string | null, bot: boolean): UserRec {
  s.counters.user += 1;
  const id = String(3_000_000_000 + (hash32(s.seed, 'explicit') % 1_000_000) * 1000 + s.counters.user);
  const r = rngOf(s.seed, 'explicit-user', s.counters.user);
  const user: UserRec = {
    id, username: name ?? genUsername(r), identify_num: String(1000 + r.int(9000)), avatarKey: id, bot, online: !bot, // a bot is online only while its gateway is connected
   
    mobile_verified: !bot && r.chance(0.7), is_vip: false,
  };
  s.users[id] = user;
  return user;
}

export function newBot(s: WorldState, name: string): { user: UserRec; token: string } {
  const user = newExplicitUser(s, name, true);
  const token = botToken(s.seed, user.id);
  s.tokens[token] = user.id;
  s.bots.push(user.id);
  return { user, token };
}

export interface GuildSpec {
  name: string;
  topic: string;
  members: number;
  userStart: number;
  region: string;
}

export function newGuild(s: WorldState, spec: GuildSpec): GuildRec {
  const n = s.guildOrder.length;
  const id = String(2_000_000_000_000_000 + (hash32(s.seed, 'guild') % 1_000_000) * 1_000_000_000 + n + 1);
  const roleBase = 1000 + (hash32(s.seed, id, 'role') % 9000) * 10;
  const role = (k: number, name: string, permissions: number, color: number, hoist: 0 | 1, mentionable: 0 | 1, type = 0): Role =>
    ({ role_id: roleBase + k, name, color, position: k, hoist, mentionable, permissions, type });
  const roles: Role[] = [
    { role_id: 0, name: '@全体成员', color: 0, position: 9999, hoist: 0, mentionable: 0, permissions: EVERYONE, type: 255 },
    role(1, '管理员 Admin', P.admin, 0xe74c3c, 1, 0),
    role(2, '版主 Moderator', MOD | EVERYONE, 0x2ecc71, 1, 1),
    role(4, '助手 Helper', P.manageMessages, 0x3498db, 0, 1),
    role(5, 'VIP', P.mentionAll | P.upload, 0xf1c40f, 1, 0),
    role(6, '活动组 Events', P.invite, 0x9b59b6, 0, 1),
    role(7, '机器人 Bots', 0, 0x95a5a6, 0, 0),
    role(8, '禁言 Muted', 0, 0x7f8c8d, 0, 0),
  ];
  const g: GuildRec = {
    id, name: spec.name, topic: spec.topic, user_id: userIdOf(s, spec.userStart), iconKey: id, region: spec.region,
    notify_type: 0, enable_open: n === 0, open_id: n === 0 ? String(100_000 + (hash32(s.seed, id) % 900_000)) : '0',
    default_channel_id: '', welcome_channel_id: '0', boost_num: hash32(s.seed, id, 'boost') % 30, level: hash32(s.seed, id, 'lvl') % 4,
    roles, nextRoleId: roleBase + 20, channelIds: [],
    gen: {
      userStart: spec.userStart, count: spec.members, joinedStart: s.epochMs - 400 * 86_400_000,
      joinedStep: (360 * 86_400_000) / Math.max(1, spec.members),
      roleRules: [[roleBase + 2, 8], [roleBase + 4, 15], [roleBase + 5, 60], [roleBase + 6, 40], [roleBase + 8, 12]],
    },
    removedGen: [], members: {}, added: [], onlineCount: 0, blacklist: {}, mutes: { mic: [], headset: [] },
  };
  for (let i = 0; i < spec.members; i++) if (genOnline(s.seed, spec.userStart + i)) g.onlineCount += 1;
  // Two generated admins; member 0 is the owner.
  for (const i of [1, 2]) {
    if (i >= spec.members) continue;
    g.members[userIdOf(s, spec.userStart + i)] = { nickname: `admin${i}`, roles: [roleBase + 1], joined_at: g.gen.joinedStart + i, active_time: s.epochMs - 3_600_000 };
  }
  s.guilds[id] = g;
  s.guildOrder.push(id);
  return g;
}

export const roleByPosition = (g: GuildRec, position: number): number => g.roles.find((r) => r.position === position)?.role_id ?? 0;

/** The bot joins with its own role (type 1), ranked just below the moderators. */
export function addBotToGuild(s: WorldState, g: GuildRec, bot: UserRec): void {
  let role = g.roles.find((r) => r.type === 1 && r.name === bot.username);
  if (!role) {
    role = { role_id: g.nextRoleId++, name: bot.username, color: 0x0096ff, position: 3, hoist: 0, mentionable: 0, permissions: BOT_ROLE_PERMS, type: 1 };
    g.roles.push(role);
  }
  g.members[bot.id] = { nickname: bot.username, roles: [role.role_id], joined_at: s.epochMs - 30 * 86_400_000, active_time: s.epochMs };
  g.added.push(bot.id);
  if (bot.online) g.onlineCount += 1;
}

export type ChannelFlavor = 'normal' | 'readonly' | 'private';

export interface ChannelSpec {
  name: string;
  type: 0 | 1 | 2;
  parent?: ChannelRec;
  messages?: number;
  stepMs?: number;
  slowMode?: number;
  flavor?: ChannelFlavor;
  topic?: string;
}

function overwritesFor(g: GuildRec, flavor: ChannelFlavor): RoleOverwrite[] {
  const mod = roleByPosition(g, 2);
  const bot = g.roles.find((r) => r.type === 1)?.role_id;
  const list: RoleOverwrite[] = [{ role_id: 0, allow: 0, deny: flavor === 'readonly' ? P.send : flavor === 'private' ? P.view : 0 }];
  if (flavor === 'readonly') list.push({ role_id: mod, allow: P.send, deny: 0 });
  if (flavor === 'private') list.push({ role_id: mod, allow: P.view, deny: 0 });
  if (flavor !== 'normal' && bot !== undefined) list.push({ role_id: bot, allow: P.view | P.send, deny: 0 });
  list.push({ role_id: roleByPosition(g, 8), allow: 0, deny: MUTED_DENY });
  return list;
}

export function newChannel(s: WorldState, g: GuildRec, spec: ChannelSpec, creatorId = g.user_id): ChannelRec {
  s.counters.serial += 1;
  const serial = s.counters.serial;
  const id = String(4_000_000_000_000_000 + (hash32(s.seed, 'channel') % 1_000_000) * 1_000_000_000 + serial);
  const gen = spec.type === 1 ? (spec.messages ?? 0) : 0;
  const step = spec.stepMs ?? 900_000;
  const genStart = s.epochMs - 60_000 - gen * step;
  const flavor = spec.flavor ?? 'normal';
  const synced = spec.parent !== undefined && flavor === 'normal';
  const ch: ChannelRec = {
    id, serial, guild_id: g.id, name: spec.name, user_id: creatorId, topic: spec.topic ?? '', type: spec.type,
    parent_id: spec.parent?.id ?? '', level: g.channelIds.length, slow_mode: spec.slowMode ?? 0,
    limit_amount: spec.type === 2 ? 25 : 0, voice_quality: spec.type === 2 ? '2' : '', password: '',
    permission_overwrites: synced && spec.parent ? spec.parent.permission_overwrites.map((o) => ({ ...o })) : overwritesFor(g, flavor),
    permission_users: [], permission_sync: synced ? 1 : 0,
    msgs: { gen, genStart, genStep: step, added: [], overlay: {}, deleted: {}, deletedCount: 0, pins: [], lastTs: genStart + gen * step },
    slowLast: {},
  };
  if (gen > 2) ch.msgs.pins = [hash32(s.seed, id, 'pin1') % gen, gen - 1 - (hash32(s.seed, id, 'pin2') % Math.min(gen, 50))].filter((v, i, a) => a.indexOf(v) === i);
  s.channels[id] = ch;
  s.serials[serial] = id;
  g.channelIds.push(id);
  if (spec.type === 1 && g.default_channel_id === '') g.default_channel_id = id;
  return ch;
}
