// Tolerant zod schemas of KOOK REST objects and results (../shared/kook/REST.md Part A, PROTOCOL.md).
// KOOK adds undocumented fields, mixes 0/1 and booleans, numeric strings and numbers,
// and answers "nothing" with either `{}` or `[]`: every schema here accepts all of those
// and normalises them, so a consumer reads one shape. Unknown fields are kept (loose objects).
import { z } from 'zod';

const isNil = (v: unknown): boolean => v === undefined || v === null;

function toBool(v: unknown): unknown {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v === '1' || v.toLowerCase() === 'true';
  return v;
}
function toNumber(v: unknown): unknown {
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
function toStr(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'bigint' ? String(v) : v;
}
/** `{}` is how KOOK spells an empty list in several places (PROTOCOL.md "Response envelope"). */
function toArray(v: unknown): unknown {
  if (isNil(v)) return [];
  if (typeof v === 'object' && !Array.isArray(v) && v !== null && Object.keys(v).length === 0) return [];
  return v;
}

/** bool | 0/1 | "0"/"1"/"true" → boolean; missing → false. */
export const zBool = z.preprocess((v) => (isNil(v) ? false : toBool(v)), z.boolean());
export const zOptBool = z.preprocess((v) => (isNil(v) ? undefined : toBool(v)), z.boolean().optional());
/** number | numeric string → number; missing → 0. */
export const zInt = z.preprocess((v) => (isNil(v) ? 0 : toNumber(v)), z.number());
export const zOptInt = z.preprocess((v) => (isNil(v) ? undefined : toNumber(v)), z.number().optional());
/** 0/1 flags (hoist, mentionable, permission_sync): bool or int → 0 | 1. */
export const zFlag = z.preprocess(
  (v) => (isNil(v) ? 0 : toBool(v) === true ? 1 : 0),
  z.union([z.literal(0), z.literal(1)]),
);
/** Ids and texts: numbers are stringified (ids may exceed 2^53 but arrive as strings). Missing → "". */
export const zStr = z.preprocess((v) => (isNil(v) ? '' : toStr(v)), z.string());
export const zOptStr = z.preprocess((v) => (isNil(v) ? undefined : toStr(v)), z.string().optional());
export const zList = <T extends z.ZodType>(item: T) => z.preprocess(toArray, z.array(item));
export const zOptList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (isNil(v) ? undefined : toArray(v)), z.array(item).optional());
/** null, "", false, [] and {} all mean "absent" for quote/attachments (REST.md A.7). */
export const zNullable = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => {
    if (isNil(v) || v === '' || v === false) return null;
    if (Array.isArray(v) && v.length === 0) return null;
    if (typeof v === 'object' && v !== null && Object.keys(v).length === 0) return null;
    return v;
  }, inner.nullable());
/** data that carries nothing: `{}`, `[]`, null. */
export const EmptyResult = z.unknown().transform(() => undefined);

export const TagInfoSchema = z.looseObject({ color: zStr, bg_color: zOptStr, text: zStr });

export const UserSchema = z.looseObject({
  id: zStr,
  username: zStr,
  identify_num: zStr,
  nickname: zOptStr,
  online: zBool,
  os: zOptStr,
  bot: zBool,
  status: zInt,
  avatar: zStr,
  vip_avatar: zOptStr,
  banner: zOptStr,
  is_vip: zOptBool,
  vip_amp: zOptBool,
  tag_info: TagInfoSchema.optional().catch(undefined),
  mobile_verified: zOptBool,
  roles: zOptList(zInt),
  joined_at: zOptInt,
  active_time: zOptInt,
  is_sys: zOptBool,
});

export const MeSchema = UserSchema.extend({
  bot_status: zOptInt,
  client_id: zOptStr,
  verified: zOptBool,
  mobile_prefix: zOptStr,
  mobile: zOptStr,
  invited_count: zOptInt,
  intent: zOptInt,
});

export const MemberSchema = UserSchema.extend({
  nickname: zStr,
  mobile_verified: zBool,
  joined_at: zInt,
  active_time: zInt,
  roles: zList(zInt),
  is_master: zOptBool,
  color: zOptInt,
});

export const RoleSchema = z.looseObject({
  role_id: zInt,
  name: zStr,
  color: zInt,
  position: zInt,
  hoist: zFlag,
  mentionable: zFlag,
  permissions: zInt,
  type: zOptInt,
});

export const RoleOverwriteSchema = z.looseObject({ role_id: zInt, allow: zInt, deny: zInt });
export const UserOverwriteSchema = z.looseObject({ user: UserSchema, allow: zInt, deny: zInt });

export const ChannelSchema = z.looseObject({
  id: zStr,
  name: zStr,
  user_id: zStr,
  guild_id: zStr,
  topic: zStr,
  is_category: zBool,
  parent_id: zStr,
  level: zInt,
  slow_mode: zInt,
  type: zInt,
  limit_amount: zInt,
  permission_overwrites: zList(RoleOverwriteSchema),
  permission_users: zList(UserOverwriteSchema),
  permission_sync: zFlag,
  has_password: zOptBool,
  voice_quality: zOptStr,
  server_url: zOptStr,
  children: zOptList(zStr),
});

export const ChannelSummarySchema = z.looseObject({
  id: zStr,
  guild_id: zStr,
  user_id: zStr,
  parent_id: zStr,
  name: zStr,
  topic: zStr,
  type: zInt,
  level: zInt,
  limit_amount: zInt,
  is_category: zBool,
});

export const GuildSchema = z.looseObject({
  id: zStr,
  name: zStr,
  topic: zStr,
  user_id: zStr,
  icon: zStr,
  notify_type: zInt,
  region: zStr,
  enable_open: zBool,
  open_id: zStr,
  default_channel_id: zStr,
  welcome_channel_id: zStr,
  boost_num: zInt,
  level: zInt,
  roles: zOptList(RoleSchema),
  channels: zOptList(ChannelSchema),
});

export const AttachmentSchema = z.looseObject({
  type: z.enum(['image', 'video', 'file', 'audio']).catch('file'),
  url: zStr,
  name: zStr,
  file_type: zOptStr,
  size: zOptInt,
  duration: zOptInt,
  width: zOptInt,
  height: zOptInt,
});

export const EmojiSchema = z.looseObject({ id: zStr, name: zStr });
export const ReactionSchema = z.looseObject({ emoji: EmojiSchema, count: zInt, me: zBool });

export const QuoteSchema = z.looseObject({
  id: zStr,
  type: zInt,
  content: zStr,
  create_at: zInt,
  author: UserSchema,
  rong_id: zOptStr,
});

const MentionPartSchema = z.looseObject({ id: zStr, username: zStr, full_name: zStr, avatar: zStr });
const ChannelPartSchema = z.looseObject({ id: zStr, guild_id: zStr, name: zStr });
const emptyObject = (v: unknown): unknown => (isNil(v) || Array.isArray(v) ? {} : v);

export const MentionInfoSchema = z.preprocess(
  emptyObject,
  z.looseObject({
    mention_part: zList(MentionPartSchema),
    mention_role_part: zList(RoleSchema),
    channel_part: zList(ChannelPartSchema),
    item_part: zList(z.unknown()),
  }),
);

export const MessageSchema = z.looseObject({
  id: zStr,
  type: zInt,
  content: zStr,
  mention: zList(zStr),
  mention_all: zBool,
  mention_roles: zList(zInt),
  mention_here: zBool,
  embeds: zList(z.unknown()),
  attachments: zNullable(AttachmentSchema),
  create_at: zInt,
  updated_at: zInt,
  reactions: zList(ReactionSchema),
  author: UserSchema,
  image_name: zStr,
  read_status: zBool,
  quote: zNullable(QuoteSchema),
  mention_info: MentionInfoSchema,
  channel_id: zOptStr,
});

export const DirectMessageSchema = z.looseObject({
  id: zStr,
  type: zInt,
  content: zStr,
  embeds: zList(z.unknown()),
  attachments: zNullable(AttachmentSchema),
  create_at: zInt,
  updated_at: zInt,
  reactions: zList(ReactionSchema),
  author_id: zStr,
  image_name: zStr,
  read_status: zBool,
  quote: zNullable(QuoteSchema),
  mention_info: z.preprocess(
    emptyObject,
    z.looseObject({
      mention_part: zList(MentionPartSchema),
      channel_part: zList(ChannelPartSchema),
      item_part: zList(z.unknown()),
    }),
  ),
});

export const BanSchema = z.looseObject({ user_id: zStr, created_time: zInt, remark: zStr, user: UserSchema });

export const UserChatSchema = z.looseObject({
  code: zStr,
  last_read_time: zInt,
  latest_msg_time: zInt,
  unread_count: zInt,
  is_friend: zOptBool,
  is_blocked: zOptBool,
  is_target_blocked: zOptBool,
  target_info: z.looseObject({ id: zStr, username: zStr, online: zBool, avatar: zStr }),
});

// ---- Results of endpoints (REST.md Part B) ----

export const PageMetaSchema = z.preprocess(
  emptyObject,
  z.looseObject({ page: zInt, page_total: zInt, page_size: zInt, total: zInt }),
);

/** Standard paged data (PROTOCOL.md "Pagination"); `sort` is `{}` or `[]` when unsorted. */
export const pagedSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    items: zList(item),
    meta: PageMetaSchema,
    sort: z.preprocess((v) => {
      const out: Record<string, number> = {};
      if (v === null || Array.isArray(v) || typeof v !== 'object') return out;
      for (const [k, x] of Object.entries(v)) if (typeof x === 'number') out[k] = x;
      return out;
    }, z.record(z.string(), z.number())),
  });

export const GuildUserListSchema = pagedSchema(MemberSchema).extend({
  user_count: zInt,
  online_count: zInt,
  offline_count: zInt,
});

/** message/list and direct-message/list: cursor lists, `items` only. */
export const cursorListSchema = <T extends z.ZodType>(item: T) =>
  z.preprocess(emptyObject, z.looseObject({ items: zList(item) }));

export const GatewayUrlSchema = z.looseObject({ url: z.string().min(1) });
export const OnlineStatusSchema = z.looseObject({ online: zBool, online_os: zList(zStr) });

export const GuildMuteListSchema = z.preprocess(
  emptyObject,
  z.looseObject({
    mic: z.preprocess(emptyObject, z.looseObject({ type: z.literal(1).catch(1), user_ids: zList(zStr) })),
    headset: z.preprocess(emptyObject, z.looseObject({ type: z.literal(2).catch(2), user_ids: zList(zStr) })),
  }),
);

export const CreatedMessageSchema = z.looseObject({ msg_id: zStr, msg_timestamp: zInt, nonce: zStr });

/** guild-role/create|update: docs show an array, Kook.Net reads an object (REST.md B.9) — accept both. */
export const RoleResultSchema = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), RoleSchema);

export const RoleGrantResultSchema = z.looseObject({ user_id: zStr, guild_id: zStr, roles: zList(zInt) });

/** channel-role/create|update: any of role_id, user_id, user (REST.md B.5 ambiguity). */
export const ChannelRoleResultSchema = z.looseObject({
  role_id: zOptInt,
  user_id: zOptStr,
  user: UserSchema.optional().catch(undefined),
  allow: zInt,
  deny: zInt,
});

export const ChannelRoleIndexSchema = z.preprocess(
  emptyObject,
  z.looseObject({
    permission_overwrites: zList(RoleOverwriteSchema),
    permission_users: zList(UserOverwriteSchema),
    permission_sync: zFlag,
  }),
);

export const ReactionUserSchema = UserSchema.extend({ nickname: zStr, reaction_time: zInt });

/** The response envelope (PROTOCOL.md "Response envelope"); `data` is validated per endpoint. */
export const EnvelopeSchema = z.looseObject({ code: zInt, message: zStr, data: z.unknown() });
