import { EmptyResult, GuildSchema, GuildUserListSchema, pagedSchema } from '../../../../shared/kook/schemas';
import { paginate } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookGuild, KookGuildUserList, KookMember, KookPage, PageParams } from './types';

/** guild/user-list filters (REST.md B.3). */
export interface GuildUserListParams extends PageParams {
  guild_id: string;
  channel_id?: string;
  search?: string;
  role_id?: number;
  mobile_verified?: 0 | 1;
  /** Sort by last activity: 0 ascending, 1 descending. */
  active_time?: 0 | 1;
  /** Sort by join time: 0 ascending, 1 descending. */
  joined_at?: 0 | 1;
  filter_user_id?: string;
}

const GuildPage = pagedSchema(GuildSchema);

/** REST.md B.3 (guild/*) */
export class GuildsApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: PageParams = {}, options: CallOptions = {}): Promise<KookPage<KookGuild>> {
    return this.runner.request({ method: 'GET', route: 'guild/list', query: { ...params }, schema: GuildPage, ...options });
  }

  iterateList(params: Omit<PageParams, 'page'> = {}, options: CallOptions = {}): AsyncGenerator<KookGuild> {
    return paginate((page) => this.list({ ...params, page }, { lane: 'background', ...options }));
  }

  view(params: { guild_id: string }, options: CallOptions = {}): Promise<KookGuild> {
    return this.runner.request({ method: 'GET', route: 'guild/view', query: { ...params }, schema: GuildSchema, ...options });
  }

  userList(params: GuildUserListParams, options: CallOptions = {}): Promise<KookGuildUserList> {
    return this.runner.request({ method: 'GET', route: 'guild/user-list', query: { ...params }, schema: GuildUserListSchema, ...options });
  }

  iterateUserList(params: Omit<GuildUserListParams, 'page'>, options: CallOptions = {}): AsyncGenerator<KookMember> {
    return paginate((page) => this.userList({ ...params, page }, { lane: 'background', ...options }));
  }

  /** Omit `nickname` to clear it; omit `user_id` for the bot itself. */
  nickname(params: { guild_id: string; nickname?: string; user_id?: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild/nickname', body: params, schema: EmptyResult, ...options });
  }

  kickout(params: { guild_id: string; target_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild/kickout', body: params, schema: EmptyResult, ...options });
  }

  leave(params: { guild_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild/leave', body: params, schema: EmptyResult, ...options });
  }
}
