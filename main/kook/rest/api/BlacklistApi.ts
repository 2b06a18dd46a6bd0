import { BanSchema, EmptyResult, pagedSchema } from '../../../../shared/kook/schemas';
import { paginate } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookBan, KookPage, PageParams } from './types';

const BanPage = pagedSchema(BanSchema);

/** REST.md B.10 guild bans; all need permission bit 7. */
export class BlacklistApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: PageParams & { guild_id: string }, options: CallOptions = {}): Promise<KookPage<KookBan>> {
    return this.runner.request({ method: 'GET', route: 'blacklist/list', query: { ...params }, schema: BanPage, ...options });
  }

  iterateList(params: { guild_id: string; page_size?: number }, options: CallOptions = {}): AsyncGenerator<KookBan> {
    return paginate((page) => this.list({ ...params, page }, { lane: 'background', ...options }));
  }

  /** Bans (and removes) a member; `del_msg_days` 0–7 deletes their recent messages. */
  create(params: { guild_id: string; target_id: string; remark?: string; del_msg_days?: number }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'blacklist/create', body: params, schema: EmptyResult, ...options });
  }

  delete(params: { guild_id: string; target_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'blacklist/delete', body: params, schema: EmptyResult, ...options });
  }
}
