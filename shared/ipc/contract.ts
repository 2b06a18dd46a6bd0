// The IPC contract: one spec per service. Main implements `ServiceImpl<Contract[S]>`, the renderer
// calls `ServiceApi<Contract[S]>`; both are derived from this one object.
import { z } from 'zod';
import type { Role } from '../kook/objects';
import { type MethodSpec, method } from './define';
import type { MethodName, ServiceName } from './methods';
import type {
  ChannelView,
  GuildDetail,
  GuildSummary,
  JobProgress,
  MemberPage,
  MemberView,
  MessagePage,
  MessageView,
  ProfileView,
  SessionState,
  Settings,
} from './models';
import type { PushBatch } from './push';
import { cases, inspector, moderation } from './moderationContract';
import { httpUrl, kookId, messageId, noArgs, pageSize, permissionMask, roleId } from './schemas';

const session = {
  state: method<SessionState>()(noArgs),
  listProfiles: method<ProfileView[]>()(noArgs),
  /** The one call that carries a pasted token from the renderer to main; the token never comes back. */
  connect: method<SessionState>()(
    z.object({
      name: z.string().trim().min(1).max(64),
      token: z.string().trim().min(8).max(512),
      baseUrl: httpUrl.nullable().optional(),
    }).strict(),
  ),
  connectProfile: method<SessionState>()(z.object({ profileId: z.string().min(1).max(64) }).strict()),
  openDemo: method<SessionState>()(noArgs),
  /** Continue without a gateway when the bot is online elsewhere (observer mode). */
  useObserverMode: method<SessionState>()(z.object({ observer: z.boolean() }).strict()),
  disconnect: method<SessionState>()(noArgs),
  removeProfile: method<ProfileView[]>()(z.object({ profileId: z.string().min(1).max(64) }).strict()),
};

const guilds = {
  list: method<GuildSummary[]>()(noArgs),
  view: method<GuildDetail>()(z.object({ guildId: kookId }).strict()),
};

const channels = {
  view: method<ChannelView>()(z.object({ channelId: kookId }).strict()),
  /** Channels whose live events and backfill main should keep current (the open one). */
  watch: method<void>()(z.object({ channelIds: z.array(kookId).max(50) }).strict()),
};

const messages = {
  list: method<MessagePage>()(
    z.object({
      channelId: kookId,
      flag: z.enum(['before', 'after', 'around']).optional(),
      msgId: messageId.optional(),
      pageSize: pageSize.optional(),
    }).strict().refine((a) => (a.flag === undefined) === (a.msgId === undefined), 'flag and msgId go together'),
  ),
  view: method<MessageView>()(z.object({ msgId: messageId }).strict()),
  send: method<{ msgId: string }>()(
    z.object({
      channelId: kookId,
      type: z.union([z.literal(1), z.literal(9), z.literal(10)]),
      content: z.string().min(1).max(20_000),
      quote: messageId.optional(),
    }).strict(),
  ),
  delete: method<void>()(z.object({ msgId: messageId }).strict()),
};

const memberSort = z.enum(['joined-desc', 'joined-asc', 'active-desc', 'active-asc']);
const members = {
  list: method<MemberPage>()(
    z.object({
      guildId: kookId,
      page: z.number().int().min(1).max(100_000).optional(),
      pageSize: z.number().int().min(1).max(50).optional(),
      search: z.string().max(64).optional(),
      roleId: roleId.optional(),
      sort: memberSort.optional(),
    }).strict(),
  ),
  view: method<MemberView>()(z.object({ guildId: kookId, userId: kookId }).strict()),
  setNickname: method<void>()(
    z.object({ guildId: kookId, userId: kookId, nickname: z.string().min(2).max(64).nullable() }).strict(),
  ),
};

const roles = {
  list: method<Role[]>()(z.object({ guildId: kookId }).strict()),
  create: method<Role>()(z.object({ guildId: kookId, name: z.string().trim().min(1).max(32) }).strict()),
  update: method<Role>()(
    z.object({
      guildId: kookId,
      roleId,
      name: z.string().trim().min(1).max(32).optional(),
      color: z.number().int().min(0).max(0xffffff).optional(),
      hoist: z.boolean().optional(),
      mentionable: z.boolean().optional(),
      permissions: permissionMask.optional(),
    }).strict(),
  ),
  delete: method<void>()(z.object({ guildId: kookId, roleId }).strict()),
  grant: method<number[]>()(z.object({ guildId: kookId, userId: kookId, roleId }).strict()),
  revoke: method<number[]>()(z.object({ guildId: kookId, userId: kookId, roleId }).strict()),
};

const settings = {
  get: method<Settings>()(noArgs),
  update: method<Settings>()(
    z.object({
      language: z.enum(['en', 'zh-CN']).optional(),
      theme: z.enum(['dark', 'light']).optional(),
    }).strict(),
  ),
};

const events = {
  /** Start (or restart after a reload) the push stream; returns the current batch seq. */
  subscribe: method<{ seq: number }>()(noArgs),
  /** Events queued but not yet delivered, for a renderer that saw a seq jump. */
  drain: method<PushBatch>()(noArgs),
};

const jobs = {
  list: method<JobProgress[]>()(noArgs),
  control: method<JobProgress>()(
    z.object({ jobId: z.string().min(1).max(64), action: z.enum(['pause', 'resume', 'cancel']) }).strict(),
  ),
};

/** Exactly the methods of SERVICE_METHODS: a missing or extra method is a compile error. */
type ContractShape = { [S in ServiceName]: { [M in MethodName<S>]: MethodSpec } };

export const contract = { session, guilds, channels, messages, members, roles, settings, events, jobs, moderation, cases, inspector } as const satisfies ContractShape;

export type Contract = typeof contract;
export { METHODS, SERVICE_METHODS, type ServiceName } from './methods';

/** A method in the contract but missing from SERVICE_METHODS would never be reachable: forbid it. */
type ExtraMethods = { [S in ServiceName]: Exclude<keyof Contract[S], MethodName<S>> }[ServiceName];
export const CONTRACT_MATCHES_METHOD_LIST: [ExtraMethods] extends [never] ? true : never = true;
