import { pagedSchema, UserChatSchema } from '../../../../shared/kook/schemas';
import { paginate } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookPage, KookUserChat, PageParams } from './types';

const UserChatPage = pagedSchema(UserChatSchema);

/** REST.md B.8 DM sessions. */
export class UserChatsApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: PageParams = {}, options: CallOptions = {}): Promise<KookPage<KookUserChat>> {
    return this.runner.request({ method: 'GET', route: 'user-chat/list', query: { ...params }, schema: UserChatPage, ...options });
  }

  iterateList(params: { page_size?: number } = {}, options: CallOptions = {}): AsyncGenerator<KookUserChat> {
    return paginate((page) => this.list({ ...params, page }, { lane: 'background', ...options }));
  }
}
