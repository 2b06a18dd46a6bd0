import { ChannelSchema, ChannelSummarySchema, EmptyResult, pagedSchema } from '../../../../shared/kook/schemas';
import { paginate } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookChannel, KookChannelSummary, KookPage, PageParams } from './types';

export interface ChannelListParams extends PageParams {
  guild_id: string;
  /** Omit to get every kind (REST.md ambiguity: the documented default 1 is not what KOOK does). */
  type?: 1 | 2;
  parent_id?: string;
}

export interface ChannelCreateParams {
  guild_id: string;
  name: string;
  parent_id?: string;
  type?: 1 | 2;
  limit_amount?: number;
  voice_quality?: '1' | '2' | '3';
  /** 1 → a category; then only guild_id, name and is_category are read. */
  is_category?: 0 | 1;
}

export interface ChannelUpdateParams {
  channel_id: string;
  name?: string;
  level?: number;
  /** `"0"` moves the channel out of its category. */
  parent_id?: string;
  topic?: string;
  /** Milliseconds, from the fixed list of REST.md B.4. */
  slow_mode?: number;
  limit_amount?: number;
  voice_quality?: '1' | '2' | '3';
  password?: string;
}

const ChannelPage = pagedSchema(ChannelSummarySchema);

/** REST.md B.4 */
export class ChannelsApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: ChannelListParams, options: CallOptions = {}): Promise<KookPage<KookChannelSummary>> {
    return this.runner.request({ method: 'GET', route: 'channel/list', query: { ...params }, schema: ChannelPage, ...options });
  }

  iterateList(params: Omit<ChannelListParams, 'page'>, options: CallOptions = {}): AsyncGenerator<KookChannelSummary> {
    return paginate((page) => this.list({ ...params, page }, { lane: 'background', ...options }));
  }

  view(params: { target_id: string; need_children?: boolean }, options: CallOptions = {}): Promise<KookChannel> {
    return this.runner.request({ method: 'GET', route: 'channel/view', query: { ...params }, schema: ChannelSchema, ...options });
  }

  create(params: ChannelCreateParams, options: CallOptions = {}): Promise<KookChannel> {
    return this.runner.request({ method: 'POST', route: 'channel/create', body: { ...params }, schema: ChannelSchema, ...options });
  }

  update(params: ChannelUpdateParams, options: CallOptions = {}): Promise<KookChannel> {
    return this.runner.request({ method: 'POST', route: 'channel/update', body: { ...params }, schema: ChannelSchema, ...options });
  }

  delete(params: { channel_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'channel/delete', body: params, schema: EmptyResult, ...options });
  }
}
